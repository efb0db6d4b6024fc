package dev.junitproof.api.observe;

import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.RenderedReport;
import dev.junitproof.api.suite.ReadinessLevel;
import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A readiness level that was just evaluated.
 *
 * @param run    the suite run it belongs to
 * @param group  display name of the group that holds it ({@code Readiness levels})
 * @param level  the level (key, title, criteria)
 * @param result its status and unmet criteria
 * @param report the suite run's rendered report and charts (one rendering shared by all levels of the run);
 *               empty when it could not be rendered, which never changes the level's result
 */
@API(status = STABLE, since = "0.1")
public record LevelEvent(SuiteRun run, String group, ReadinessLevel level, ReadinessResult result,
        Optional<RenderedReport> report) {

    public LevelEvent {
        report = report == null ? Optional.empty() : report;
    }

    public LevelEvent(SuiteRun run, String group, ReadinessLevel level, ReadinessResult result) {
        this(run, group, level, result, Optional.empty());
    }
}

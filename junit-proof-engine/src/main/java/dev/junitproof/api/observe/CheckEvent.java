package dev.junitproof.api.observe;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckSpec;
import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A check that was just evaluated.
 *
 * @param run          the suite run it belongs to
 * @param group        display name of the group that holds it (a slice such as
 *                     {@code VAL07 Fleet Rollout Latency Baseline}, or the check matrix); empty at the top level
 * @param matrix       whether that group is the suite's check matrix: its checks gate readiness
 * @param check        the check (id, title, declared source)
 * @param outcome      how it ended, with its findings (detail, measured, target, source)
 * @param evidenceFile the evidence file of the findings' source, absolute; present only when it is a regular file
 *                     inside the evidence root (so an observer may read it without leaving the root)
 */
@API(status = STABLE, since = "0.1")
public record CheckEvent(SuiteRun run, String group, boolean matrix, CheckSpec check, CheckOutcome outcome,
        Optional<Path> evidenceFile) {

    public CheckEvent {
        group = group == null ? "" : group;
        evidenceFile = evidenceFile == null ? Optional.empty() : evidenceFile;
    }

    /** Matrix checks decide readiness levels; a slice's own checks feed them. */
    public boolean readinessGating() {
        return matrix;
    }
}

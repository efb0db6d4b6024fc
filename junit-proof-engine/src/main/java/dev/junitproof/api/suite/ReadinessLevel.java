package dev.junitproof.api.suite;

import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A readiness level, e.g. {@code DESIGN_PARTNER}. Shown as one test: met passes, unmet fails, unreachable with
 * this evidence is aborted with the unmet criteria as its reason.
 *
 * @param key      stable key for unique ids and the report's {@code readiness[].level}
 * @param title    display name, e.g. {@code Design Partner Ready}
 * @param criteria in the seed's order
 */
@API(status = STABLE, since = "0.1")
public record ReadinessLevel(String key, String title, List<Criterion> criteria) {

    public ReadinessLevel {
        criteria = List.copyOf(criteria);
    }

    /** Pure: the same outcomes always give the same result. */
    public ReadinessResult evaluate(Outcomes outcomes) {
        List<String> unmet = new ArrayList<>();
        boolean reachable = true;
        for (Criterion criterion : criteria) {
            Optional<Boolean> met = criterion.evaluate(outcomes);
            if (met.isEmpty()) {
                reachable = false;
                unmet.add(criterion.description());
            } else if (!met.get()) {
                unmet.add(criterion.description());
            }
        }
        ReadinessStatus status = !reachable ? ReadinessStatus.NOT_YET
                : unmet.isEmpty() ? ReadinessStatus.READY : ReadinessStatus.NOT_READY;
        return new ReadinessResult(key, status, unmet);
    }
}

package dev.junitproof.api.suite;

import dev.junitproof.api.result.ReadinessResult;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The verdict rule most suites share, a pure function of their readiness levels: the text of the highest level
 * reached, followed by how many approved exceptions it rests on ({@code RELAY GA READY (1 approved exception)}),
 * else the not-ready text. Levels are cumulative (each includes the one below), so the highest reached is the claim.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Verdicts {

    private Verdicts() {
    }

    /**
     * @param textByLevel each level's verdict text by level key, lowest level first (iteration order matters)
     * @param notReady    the verdict when no level is reached, e.g. {@code NOT READY}
     */
    public static String highestReached(List<ReadinessResult> readiness, Map<String, String> textByLevel, String notReady) {
        String verdict = notReady;
        Optional<ReadinessResult> reached = Optional.empty();
        for (Map.Entry<String, String> level : textByLevel.entrySet()) {
            Optional<ReadinessResult> result = readiness.stream()
                    .filter(r -> r.level().equals(level.getKey()) && r.ready()).findFirst();
            if (result.isPresent()) {
                verdict = level.getValue();
                reached = result;
            }
        }
        long exceptions = reached.map(ReadinessResult::exceptions).orElse(0L);
        return exceptions == 0 ? verdict
                : verdict + " (" + exceptions + " approved exception" + (exceptions == 1 ? "" : "s") + ")";
    }
}

package dev.junitproof.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report's "Generated" time: {@code proof.clock} (ISO instant), else {@code SOURCE_DATE_EPOCH} (seconds),
 * else now. This is the only place the engine reads the wall clock, and only for that stamp: no verdict and
 * no check depends on it, so the same evidence with the same clock gives byte-identical reports.
 */
final class ReportClock {

    private ReportClock() {
    }

    static Instant generatedAt(Function<String, Optional<String>> parameters, Map<String, String> environment) {
        Optional<String> clock = parameters.apply(ProofConfiguration.CLOCK);
        if (clock.isPresent()) {
            return Instant.parse(clock.get().trim());
        }
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
        }
        return Instant.now();
    }
}

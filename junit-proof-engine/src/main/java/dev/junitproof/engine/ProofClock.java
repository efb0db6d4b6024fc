package dev.junitproof.engine;

import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The rule for the reports' "Generated" time, public so that every file written about a run (the proof reports,
 * Allure's environment) prints the same clock: {@code proof.clock} (ISO instant), else {@code SOURCE_DATE_EPOCH}
 * (seconds), else now. No verdict and no check depends on it, so the same evidence with the same clock gives
 * byte-identical reports.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProofClock {

    /** The configuration parameter that fixes the clock. */
    public static final String PARAMETER = dev.junitproof.api.ProofKeys.CLOCK;
    /** The environment variable (reproducible builds' convention) used when the parameter is not set. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    /** {@link Reading#source()} when neither is set. */
    public static final String WALL_CLOCK = "wall clock";

    /** The instant and where it came from: {@code proof.clock}, {@code SOURCE_DATE_EPOCH} or {@code wall clock}. */
    public record Reading(Instant instant, String source) {
    }

    private ProofClock() {
    }

    /**
     * Reads the clock.
     *
     * @throws java.time.format.DateTimeParseException if {@code proof.clock} is not an ISO instant
     * @throws NumberFormatException                   if {@code SOURCE_DATE_EPOCH} is not a number of seconds
     */
    public static Reading read(Function<String, Optional<String>> parameters, Map<String, String> environment) {
        Optional<String> clock = parameters.apply(PARAMETER);
        if (clock.isPresent()) {
            return new Reading(Instant.parse(clock.get().trim()), PARAMETER);
        }
        String epoch = environment.get(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            return new Reading(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), SOURCE_DATE_EPOCH);
        }
        return new Reading(Instant.now(), WALL_CLOCK);
    }
}

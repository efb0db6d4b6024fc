package dev.junitproof.suites.pin015;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The shadow run's parameters, its summed log and its golden files, judged together. */
record ShadowRun(ShadowParameters parameters, ShadowLog log, GoldenFiles golden) {

    /** {@code duration_h} as a duration (fractions of an hour kept to the millisecond). */
    Duration planned() {
        return Duration.ofMillis(Math.round(parameters.durationH() * 3_600_000.0));
    }

    /**
     * Complete with its completion line; otherwise in progress while the last cycle is under {@code duration_h}
     * after {@code started_at} (a log with no cycle yet has only just begun), else stopped short.
     */
    ShadowState state() {
        if (log.hasCompletionLine()) {
            return ShadowState.COMPLETE;
        }
        Optional<OffsetDateTime> last = log.lastCycleAt();
        if (last.isEmpty() || Duration.between(parameters.start(), last.get()).compareTo(planned()) < 0) {
            return ShadowState.IN_PROGRESS;
        }
        return ShadowState.STOPPED;
    }

    boolean inProgress() {
        return state() == ShadowState.IN_PROGRESS;
    }

    /** From {@code started_at} to the completion line, or to the end of the last cycle begun (its start + interval). */
    Duration elapsed() {
        OffsetDateTime start = parameters.start();
        if (log.completedAt().isPresent()) {
            return Duration.between(start, log.completedAt().get());
        }
        return log.lastCycleStart()
                .map(t -> Duration.between(start, t).plusMillis(Math.round(parameters.cycleIntervalS() * 1000.0)))
                .orElse(Duration.ZERO);
    }
}

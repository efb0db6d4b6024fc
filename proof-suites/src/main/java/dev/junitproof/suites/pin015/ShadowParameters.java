package dev.junitproof.suites.pin015;

import java.time.OffsetDateTime;

/**
 * {@code shadow/shadow.json}: the 24-hour shadow run's parameters. {@code thresholds} is optional (absent =
 * {@code null}) and never used: evidence that declares lower thresholds for itself is reported as ignored, see
 * {@link M4Targets}.
 */
record ShadowParameters(String runId, String startedAt, double durationH, long workers, double cycleIntervalS,
        long workflowsPerCycle, DeclaredThresholds thresholds) {

    /** {@code shadow.json /thresholds}: lowered cycle and golden-file minimums and why. */
    record DeclaredThresholds(long minCycles, long minGoldenFiles, String reason) {
    }

    /** Schema-validated as {@code date-time}, so it parses; the offset is the lab's. */
    OffsetDateTime start() {
        return OffsetDateTime.parse(startedAt);
    }

    /** {@code started_at + duration_h}: no cycle of this run begins at or after it. */
    OffsetDateTime end() {
        try {
            return start().plus(java.time.Duration.ofMillis(Math.round(durationH * 3_600_000.0)));
        } catch (java.time.DateTimeException | ArithmeticException beyondTime) {
            // A duration_h past the calendar (1e300) ends never; the duration check judges the figure itself.
            return OffsetDateTime.MAX;
        }
    }

    /** {@code duration_h} of cycles of {@code cycle_interval_s} (the seed's "~2,880"). */
    long expectedCycles() {
        return Math.round(durationH * 3600.0 / cycleIntervalS);
    }
}

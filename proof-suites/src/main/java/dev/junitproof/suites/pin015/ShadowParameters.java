package dev.junitproof.suites.pin015;

import java.time.OffsetDateTime;

/**
 * {@code shadow/shadow.json}: the 24-hour shadow run's parameters. {@code thresholds} is optional (absent =
 * {@code null}): a small sample declares the lowered thresholds it is proved against, see {@link Thresholds}.
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

    /** {@code duration_h} of cycles of {@code cycle_interval_s} (the seed's "~2,880"). */
    long expectedCycles() {
        return Math.round(durationH * 3600.0 / cycleIntervalS);
    }
}

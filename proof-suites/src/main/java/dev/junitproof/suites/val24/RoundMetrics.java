package dev.junitproof.suites.val24;

/**
 * {@code rounds/rNNNNNN.json}: one round's figures as the round script computed them. The suite never takes
 * these figures as proof; it recomputes them from the raw files and compares (a disagreement is a lying round).
 */
public record RoundMetrics(int round, String startedAt, String kind, String proxyMode, long seeded, long delivered,
        long deadletter, long loss, double durationMs, long retried, long recovered) {
}

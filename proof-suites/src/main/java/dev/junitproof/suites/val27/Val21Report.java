package dev.junitproof.suites.val27;

/** The slice-specific part of {@code val21-summary.json}: deep drain, LRU eviction accounting, relay status. */
public record Val21Report(DeepDrain sa, Eviction sb, StatusAccuracy sc) {

    /** S-A: 200 segments seeded with no queue ceiling; all must be delivered. */
    public record DeepDrain(int seeded, int delivered, double drainMs) {
    }

    /** S-B: every seeded segment is either delivered or deadlettered; {@code accounted} is the lab's own sum. */
    public record Eviction(int seeded, int delivered, int deadletter, int accounted, int evicted) {
    }

    /** S-C: relay-status reports what the peer actually received, within 0.4 s. */
    public record StatusAccuracy(int delivered, int statusDelivered, double statusLagS) {
    }
}

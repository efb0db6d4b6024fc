package dev.junitproof.suites.val27;

import dev.junitproof.suites.text.Numbers;

import java.util.Arrays;
import java.util.Optional;

/** VAL20's five load tiers as the seed fixes them (§4): the label, its name, and the load it must have run. */
enum ThroughputTier {
    T1("warmup", 1, 64),
    T2("baseline", 10, 64),
    T3("scheduler", 100, 64),
    T4("large", 10, 128 * 1024),
    T5("constrained", 10, 128 * 1024);

    private final String seedName;
    private final int segments;
    private final long segmentBytes;

    ThroughputTier(String seedName, int segments, long segmentBytes) {
        this.seedName = seedName;
        this.segments = segments;
        this.segmentBytes = segmentBytes;
    }

    String seedName() {
        return seedName;
    }

    int segments() {
        return segments;
    }

    long segmentBytes() {
        return segmentBytes;
    }

    /** {@code 10 × 64 B}, as the seed writes a load. */
    String load() {
        return segments + " × " + Numbers.bytes(segmentBytes);
    }

    static Optional<ThroughputTier> of(String label) {
        return Arrays.stream(values()).filter(t -> t.name().equals(label)).findFirst();
    }
}

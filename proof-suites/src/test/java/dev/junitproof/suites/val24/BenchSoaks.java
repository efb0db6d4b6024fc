package dev.junitproof.suites.val24;

import java.nio.file.Path;

/**
 * The public door to {@link SoakFixture} for the benchmarks module (through this module's test-jar): a soak of
 * the seed's shape (an outage every 48 rounds, its recovery the next round, clean-round misses) stretched to any
 * number of rounds, with {@code rounds_target} equal to the rounds written, so the soak is complete.
 */
public final class BenchSoaks {

    /** The unit directory name the soak is written under. */
    public static final String UNIT = "val24-relay-soak-2026-03-01";

    private BenchSoaks() {
    }

    /** Writes {@code <parent>/val24-relay-soak-2026-03-01/} with {@code rounds} complete rounds and returns it. */
    public static Path writeSoak(Path parent, int rounds) {
        return SoakFixture.seedSample().rounds(rounds).roundsTarget(rounds).writeTo(parent, UNIT);
    }
}

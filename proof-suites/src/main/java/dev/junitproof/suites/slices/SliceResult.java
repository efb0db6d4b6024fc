package dev.junitproof.suites.slices;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a slice report recorded for one of its checks (contract: {@code checks[].result}). Anything else is a schema
 * mismatch, caught before a check reads it.
 */
public enum SliceResult {
    PASS,
    FAIL,
    /** The lab skipped the check: it counts as not passed (contract), and it is not "not yet due" either. */
    SKIP;

    /** The result the lab wrote, or empty when it is none of the contract's three words. */
    public static Optional<SliceResult> parse(String recorded) {
        return Arrays.stream(values()).filter(r -> r.name().equals(recorded)).findFirst();
    }

    public boolean passed() {
        return this == PASS;
    }
}

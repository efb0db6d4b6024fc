package dev.junitproof.suites.slices;

/** A slice's standing in the coverage table. */
public enum SliceStatus {
    /** Exactly the expected number of uniquely numbered checks, every one PASS. */
    PASS,
    /** Read, but a check did not pass, or the check list is truncated, duplicated or misnumbered. */
    FAIL,
    /** Absent, unreadable, outside the evidence root, or not matching its schema. */
    MISSING
}

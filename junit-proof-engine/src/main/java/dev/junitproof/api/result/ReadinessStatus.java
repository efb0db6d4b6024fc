package dev.junitproof.api.result;

/** A readiness level's status. */
public enum ReadinessStatus {
    /** Every criterion met: the level's test passes. */
    READY,
    /** Every criterion is provable from this evidence and at least one is unmet: the level's test fails. */
    NOT_READY,
    /** Some criterion cannot be shown by this evidence yet: the level's test is aborted (skipped), never passed. */
    NOT_YET
}

package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** A readiness level's status. */
@API(status = STABLE, since = "0.1")
public enum ReadinessStatus {
    /** Every criterion met: the level's test passes. */
    READY,
    /** Every criterion is provable from this evidence and at least one is unmet: the level's test fails. */
    NOT_READY,
    /** Some criterion cannot be shown by this evidence yet: the level's test is aborted (skipped), never passed. */
    NOT_YET
}

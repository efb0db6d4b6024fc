package dev.junitproof.api.result;

/** A check's status as the proof report prints it. */
public enum CheckStatus {
    PASS,
    FAIL,
    /** Not due yet, or waiting for evidence still being produced (e.g. a soak in progress). */
    PENDING,
    /** The evidence the check needs is absent (used where the seed prints MISSING for a check). */
    MISSING
}

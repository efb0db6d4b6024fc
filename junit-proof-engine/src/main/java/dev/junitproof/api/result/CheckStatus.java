package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** A check's status as every report prints it. */
@API(status = STABLE, since = "0.1")
public enum CheckStatus {
    PASS,
    FAIL,
    /** Not due yet, or waiting for evidence still being produced (e.g. a soak in progress). */
    PENDING,
    /** Optional evidence the check judges is absent (VAL27's soak); required evidence that is absent fails instead. */
    MISSING,
    /** The check was left out of a partial run: it has no outcome. */
    NOT_RUN;

    /** Whether the check ran and passed. */
    public boolean passed() {
        return this == PASS;
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.result.CheckStatus;
import org.opentest4j.TestAbortedException;

/** Ends a check as PENDING or MISSING: reported as aborted (skipped), never as passed. */
final class CheckAbort extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    private final CheckStatus status;

    CheckAbort(CheckStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    CheckStatus status() {
        return status;
    }
}

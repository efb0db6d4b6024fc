package dev.junitproof.api.suite;

import dev.junitproof.api.result.CheckOutcome;

/**
 * What a running check can record and ask. Record findings <em>before</em> asserting, so a failure message and
 * the report both say what was measured, against which target, from which file and field.
 */
public interface CheckContext {

    /** The line the report prints under the check's matrix row, e.g. {@code measured p99=24.1ms}. */
    CheckContext detail(String detail);

    CheckContext measured(String measured);

    CheckContext target(String target);

    CheckContext source(SourceRef source);

    /** The outcome of another check of the same suite run, evaluated on demand (checks are pure, so once). */
    CheckOutcome outcome(String checkId);

    /** Ends the check as PENDING (not due yet): reported as aborted, never as passed. */
    void pending(String reason);

    /** Ends the check as MISSING (its evidence is absent): reported as aborted, never as passed. */
    void missing(String reason);
}

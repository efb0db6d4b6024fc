package dev.junitproof.api.suite;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a running check can record and ask. Record findings <em>before</em> asserting, so a failure message and
 * the report both say what was measured, against which target, from which file and field.
 *
 * <p>Evidence a check needs and cannot read fails the check (throw, or let {@link #meets} fail): only a check
 * that is not due yet ends {@link #pending}, and only evidence that is optional and absent ends {@link #missing}.
 */
@API(status = STABLE, since = "0.1")
public interface CheckContext {

    /** The line the report prints under the check's matrix row, e.g. {@code measured p99=24.1ms}. */
    CheckContext detail(String detail);

    /** The measured value in words, for checks that judge no single figure, e.g. {@code 9/9 checks PASS}. */
    CheckContext measured(String measured);

    /** The measured figure with its unit; printed against the target when the check has one. */
    CheckContext measured(Measurement measured);

    /** The target in words, for checks that judge no single figure, e.g. {@code report found, 9/9 checks PASS}. */
    CheckContext target(String target);

    /** The typed target the check judges its figure against. */
    CheckContext target(Target target);

    CheckContext source(SourceRef source);

    /**
     * Judges one figure: records it, the target and the field it came from, then fails unless the target accepts
     * it, saying {@code <what> = <measured> does not meet <target> (<source>)}.
     *
     * @param what the figure's name as the failure names it, e.g. {@code plan_create p99}
     */
    default void meets(String what, Measurement measured, Target target, SourceRef source) {
        source(source).target(target).measured(measured);
        if (!target.accepts(measured)) {
            throw new AssertionError(what + " = " + measured.against(target) + " does not meet " + target.text()
                    + " (" + source + ")");
        }
    }

    /** The outcome of another check of the same suite run, evaluated on demand (checks are pure, so once). */
    CheckOutcome outcome(String checkId);

    /** Ends the check as PENDING (not due yet): reported as aborted, never as passed. */
    void pending(String reason);

    /**
     * Ends the check as MISSING: evidence that is <em>optional</em> is absent (VAL27's soak). Reported as aborted,
     * never as passed. Required evidence that is absent or unreadable fails the check instead.
     */
    void missing(String reason);
}

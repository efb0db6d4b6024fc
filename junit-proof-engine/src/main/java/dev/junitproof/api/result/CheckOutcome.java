package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** How one check ended. A check passes only by running to its end without an assertion failing. */
@API(status = STABLE, since = "0.1")
public sealed interface CheckOutcome
        permits CheckOutcome.Passed, CheckOutcome.Failed, CheckOutcome.Pending, CheckOutcome.Missing {

    String id();

    Findings findings();

    CheckStatus status();

    default boolean passed() {
        return this instanceof Passed;
    }

    /** The failure message, or the reason a check is pending or missing; empty for a pass. */
    String message();

    /**
     * The first line of {@link #message()} without the {@code <id> <title> failed: } the engine puts in front of a
     * failed assertion: what a report prints beside the check's id and status.
     */
    default String reason() {
        String first = message().lines().findFirst().orElse("").strip();
        int failed = first.indexOf(FAILED);
        return failed < 0 ? first : first.substring(failed + FAILED.length()).strip();
    }

    /** What separates a failed check's name from its assertion in {@link #message()}. */
    String FAILED = " failed: ";

    record Passed(String id, Findings findings) implements CheckOutcome {
        public CheckStatus status() {
            return CheckStatus.PASS;
        }

        public String message() {
            return "";
        }
    }

    record Failed(String id, Findings findings, String message) implements CheckOutcome {
        public CheckStatus status() {
            return CheckStatus.FAIL;
        }
    }

    record Pending(String id, Findings findings, String message) implements CheckOutcome {
        public CheckStatus status() {
            return CheckStatus.PENDING;
        }
    }

    record Missing(String id, Findings findings, String message) implements CheckOutcome {
        public CheckStatus status() {
            return CheckStatus.MISSING;
        }
    }
}

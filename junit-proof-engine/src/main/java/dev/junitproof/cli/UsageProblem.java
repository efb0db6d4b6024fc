package dev.junitproof.cli;

/** A usage problem found before anything ran: exit status 2 with this message. */
final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message, null, false, false);
    }
}

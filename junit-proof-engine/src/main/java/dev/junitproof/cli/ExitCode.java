package dev.junitproof.cli;

/** The command line's exit statuses, documented in {@code --help} and the README, and tested. */
enum ExitCode {
    /** Everything judged passed, or is legitimately not yet due. */
    PROVED(0),
    /** A check failed, required evidence is missing, or a report could not be written. */
    FAILED(1),
    /** A usage problem, or nothing to prove: a path that does not exist, nothing claimed, an id that names nothing. */
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}

package dev.junitproof.cli;

import java.io.PrintStream;

/**
 * Where the command line writes and how: a terminal gets colour and a progress line on long work; a pipe or a CI
 * log gets plain lines only (no escape codes, no carriage returns). {@code NO_COLOR} and {@code TERM=dumb} are
 * honoured.
 */
final class Terminal {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    Terminal(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** The process's own streams; interactive when both are a terminal and colour is not switched off. */
    static Terminal system() {
        boolean tty = System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new Terminal(System.out, System.err, tty);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean interactive() {
        return interactive;
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return interactive ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    /** Replaces the progress line (terminal only). */
    void progress(String line) {
        if (interactive) {
            err.print("\r\u001b[2K" + line);
            err.flush();
        }
    }

    /** Clears the progress line (terminal only). */
    void endProgress() {
        if (interactive) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}

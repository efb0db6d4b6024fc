package dev.junitproof.cli;

import dev.junitproof.engine.RunReport;

import java.io.IOException;
import java.nio.file.Files;

/** {@code --details}: each suite run's text report, as written, after the tree. */
final class Details {

    private Details() {
    }

    static void print(Terminal terminal, ProofLaunch.Outcome outcome) {
        terminal.out().println();
        for (RunReport report : outcome.reports()) {
            report.textReport().ifPresent(text -> {
                try {
                    terminal.out().print(Files.readString(text));
                    terminal.out().println();
                } catch (IOException e) {
                    terminal.err().println("[proof] " + text + " cannot be read back: " + e.getMessage());
                }
            });
        }
    }
}

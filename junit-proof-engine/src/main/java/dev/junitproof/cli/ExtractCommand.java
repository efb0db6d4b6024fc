package dev.junitproof.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code junit-proof extract PROOF.tar.gz DIR}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts a proof archive into DIR (entries that would land outside DIR are refused).")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROOF.tar.gz")
    Path archive;

    @Parameters(index = "1", paramLabel = "DIR")
    Path directory;

    private final Terminal terminal;

    ExtractCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return new AttestationArguments("extract", archive, directory).run(terminal);
    }
}

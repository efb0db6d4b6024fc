package dev.junitproof.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code junit-proof archive ENVELOPE --out PROOF.tar.gz}. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Bundles a verified signed report with its evidence into one reproducible .tar.gz that verifies as extracted (junit-proof extract, then junit-proof verify).")
final class ArchiveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT.intoto.jsonl")
    Path envelope;

    @ArgGroup(multiplicity = "1")
    VerifyCommand.Key key;

    @Option(names = "--evidence", paramLabel = "DIR", description = "Where the evidence is, instead of the path the report names.")
    Optional<Path> evidence = Optional.empty();

    @Option(names = "--out", paramLabel = "PROOF.tar.gz", required = true)
    Path out;

    private final Terminal terminal;

    ArchiveCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return new AttestationArguments("archive", envelope).option("--key", key.publicKey)
                .option("--hmac-env", key.hmacVariable).option("--evidence", evidence)
                .option("--out", Optional.of(out)).run(terminal);
    }
}

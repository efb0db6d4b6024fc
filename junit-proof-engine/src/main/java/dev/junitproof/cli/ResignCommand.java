package dev.junitproof.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code junit-proof resign ENVELOPE}: key rotation. */
@Command(name = "resign", mixinStandardHelpOptions = true,
        description = "Re-signs an envelope with a new key, keeping the attested statement byte for byte. Refused unless the envelope verifies with the old key and its report files still match.")
final class ResignCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT.intoto.jsonl")
    Path envelope;

    @ArgGroup(multiplicity = "1")
    OldKey oldKey;

    static final class OldKey {
        @Option(names = "--old-key", paramLabel = "PUBLIC.pem", required = true, description = "The old public key.")
        Optional<Path> publicKey = Optional.empty();

        @Option(names = "--old-hmac-env", paramLabel = "VAR", required = true,
                description = "The environment variable holding the old HMAC key.")
        Optional<String> hmacVariable = Optional.empty();
    }

    @ArgGroup(multiplicity = "1")
    SigningKey key;

    private final Terminal terminal;

    ResignCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return new AttestationArguments("resign", envelope).option("--old-key", oldKey.publicKey)
                .option("--old-hmac-env", oldKey.hmacVariable).option("--key", key.privateKey)
                .option("--hmac-env", key.hmacVariable).run(terminal);
    }
}

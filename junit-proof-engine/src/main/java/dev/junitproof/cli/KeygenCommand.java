package dev.junitproof.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code junit-proof keygen DIR}. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Makes an Ed25519 signing key in DIR: proof-signing-key.pem (keep it secret) and proof-signing-key.pub.pem.")
final class KeygenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR")
    Path directory;

    private final Terminal terminal;

    KeygenCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return new AttestationArguments("keygen", directory).run(terminal);
    }
}

package dev.junitproof.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code junit-proof sign REPORT.json}. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Signs a written proof report: REPORT.json with its .txt and .md beside it get REPORT.intoto.jsonl (an in-toto statement in a DSSE envelope). Runs can sign as they write with -c proof.sign.key=FILE or -c proof.sign.hmac-key-env=VAR.")
final class SignCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT.json")
    Path report;

    @ArgGroup(multiplicity = "1")
    SigningKey key;

    private final Terminal terminal;

    SignCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return new AttestationArguments("sign", report).option("--key", key.privateKey)
                .option("--hmac-env", key.hmacVariable).run(terminal);
    }
}

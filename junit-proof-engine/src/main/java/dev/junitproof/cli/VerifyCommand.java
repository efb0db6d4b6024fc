package dev.junitproof.cli;

import dev.junitproof.api.ProofKeys;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code junit-proof verify DIR}: every signed report under DIR, checked offline. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verifies every proof report under DIR (a report directory, an output root with one per evidence unit, or an extracted archive): its envelope's signature, the report files it names and every evidence file it names. A proof report without a valid envelope fails. Only the attestation checks run; no suite proves the report directories.",
        footer = {"", "Exit status: 0 every report verified; 1 one did not; 2 a usage problem."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The reports to verify.")
    Path directory;

    @ArgGroup(multiplicity = "1")
    Key key;

    static final class Key {
        @Option(names = "--key", paramLabel = "PUBLIC.pem", required = true,
                description = "The signer's Ed25519 public key (X.509 PEM).")
        Optional<Path> publicKey = Optional.empty();

        @Option(names = "--hmac-key-env", paramLabel = "VAR", required = true,
                description = "The environment variable holding the HMAC-SHA256 key.")
        Optional<String> hmacVariable = Optional.empty();
    }

    @Option(names = "--evidence", paramLabel = "DIR",
            description = "Where the evidence is (the unit, or the root holding it), instead of the path the report names.")
    Optional<Path> evidence = Optional.empty();

    @Mixin
    RunOptions options;

    private final Terminal terminal;

    VerifyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            throw new UsageProblem("reports directory " + directory + " does not exist");
        }
        Map<String, String> parameters = options.parameters();
        key.publicKey.ifPresent(k -> parameters.put(ProofKeys.VERIFY_KEY, k.toString()));
        key.hmacVariable.ifPresent(v -> parameters.put(ProofKeys.VERIFY_HMAC_ENV, v));
        evidence.ifPresent(e -> parameters.put(ProofKeys.VERIFY_EVIDENCE, e.toString()));
        ProofLaunch.Outcome outcome = ProofLaunch.run(List.of(DiscoverySelectors.selectDirectory(directory.toString())),
                parameters, options.junitXmlListener(terminal).map(List::of).orElse(List.of()));
        if (outcome.discoveryFailed()) {
            throw new UsageProblem(outcome.discoveryProblem());
        }
        if (outcome.reports().isEmpty()) {
            throw new UsageProblem("no proof report under " + directory);
        }
        new RunSummaries(terminal).print(outcome);
        return outcome.failed() ? ExitCode.FAILED.code() : ExitCode.PROVED.code();
    }
}

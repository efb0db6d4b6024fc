package dev.junitproof.engine.attest;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The reviewer's and release manager's entry point, JDK and the engine jar only:
 * <pre>
 * java -cp junit-proof-standalone.jar dev.junitproof.engine.attest.AttestationTool keygen DIR
 *   sign    REPORT.json          (--key PRIVATE.pem | --hmac-env VAR)
 *   verify  REPORT.intoto.jsonl  (--key PUBLIC.pem  | --hmac-env VAR) [--evidence DIR]
 *   resign  REPORT.intoto.jsonl  (--old-key PUBLIC.pem | --old-hmac-env VAR) (--key PRIVATE.pem | --hmac-env VAR)
 *   archive REPORT.intoto.jsonl  (--key PUBLIC.pem  | --hmac-env VAR) [--evidence DIR] --out PROOF.tar.gz
 *   extract PROOF.tar.gz DIR
 * </pre>
 * Exit status: 0 done (verified), 1 the proof does not verify (or an operation was refused), 2 bad usage.
 */
@API(status = MAINTAINED, since = "0.1")
public final class AttestationTool {

    static final String USAGE = """
            usage: AttestationTool keygen DIR
                   AttestationTool sign    REPORT.json         (--key PRIVATE.pem | --hmac-env VAR)
                   AttestationTool verify  REPORT.intoto.jsonl (--key PUBLIC.pem | --hmac-env VAR) [--evidence DIR]
                   AttestationTool resign  REPORT.intoto.jsonl (--old-key PUBLIC.pem | --old-hmac-env VAR) (--key PRIVATE.pem | --hmac-env VAR)
                   AttestationTool archive REPORT.intoto.jsonl (--key PUBLIC.pem | --hmac-env VAR) [--evidence DIR] --out PROOF.tar.gz
                   AttestationTool extract PROOF.tar.gz DIR""";

    private AttestationTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, AttestConfiguration.systemEnvironment()));
    }

    /** Runs one command as {@link #main} does; returns the exit status instead of exiting (the command line's way). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, AttestConfiguration.systemEnvironment());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Function<String, Optional<String>> environment) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            switch (a.command()) {
                case "keygen" -> {
                    Ed25519SigningKey key = KeyGeneration.write(a.path(0));
                    out.println("wrote " + a.path(0).resolve(KeyGeneration.PRIVATE_FILE) + " and "
                            + KeyGeneration.PUBLIC_FILE + " (" + key.keyid() + ")");
                }
                case "sign" -> out.println("signed: " + Signer.sign(ReportFiles.ofJson(a.path(0)),
                        List.of(signingKey(a, "--key", "--hmac-env", environment)), Attestations.engineVersion()));
                case "verify" -> {
                    Path envelope = a.path(0);
                    Verification v = Verifier.verify(new DirectoryFiles(ReportFiles.ofEnvelope(envelope).directory()),
                            envelope.getFileName().toString(), verificationKey(a, "--key", "--hmac-env", environment),
                            s -> EvidenceDirectory.locate(a.option("--evidence").map(Path::of),
                                    ReportFiles.ofEnvelope(envelope).directory(), s.resourceUri()));
                    if (v instanceof Verification.Rejected rejected) {
                        err.println("NOT VERIFIED " + envelope + ": " + rejected.message());
                        return 1;
                    }
                    Verification.Verified ok = (Verification.Verified) v;
                    out.println("VERIFIED " + envelope + ": signed by " + ok.keyid() + "; "
                            + ok.statement().policyUri() + " " + ok.statement().verificationResult() + " "
                            + ok.statement().verifiedLevels() + "; " + ok.statement().inputs().size()
                            + " evidence files match in " + ok.evidenceDirectory());
                }
                case "resign" -> out.println("re-signed: " + Resigner.resign(a.path(0),
                        verificationKey(a, "--old-key", "--old-hmac-env", environment),
                        List.of(signingKey(a, "--key", "--hmac-env", environment))));
                case "archive" -> out.println("archived: " + ProofArchive.create(a.path(0),
                        verificationKey(a, "--key", "--hmac-env", environment), a.option("--evidence").map(Path::of),
                        a.option("--out").map(Path::of).orElseThrow(() -> new IllegalArgumentException("archive needs --out"))));
                case "extract" -> out.println("extracted " + ProofArchive.extract(a.path(0), a.path(1)).size()
                        + " files into " + a.path(1));
                default -> throw new IllegalArgumentException("unknown command " + a.command());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException | GeneralSecurityException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static SigningKey signingKey(Arguments a, String keyOption, String hmacOption,
            Function<String, Optional<String>> environment) throws IOException {
        if (a.option(keyOption).isPresent()) {
            return Ed25519SigningKey.read(Path.of(a.option(keyOption).get()));
        }
        return HmacKey.fromEnvironment(a.option(hmacOption)
                .orElseThrow(() -> new IllegalArgumentException("give " + keyOption + " or " + hmacOption)), environment);
    }

    private static VerificationKey verificationKey(Arguments a, String keyOption, String hmacOption,
            Function<String, Optional<String>> environment) throws IOException {
        if (a.option(keyOption).isPresent()) {
            return Ed25519VerificationKey.read(Path.of(a.option(keyOption).get()));
        }
        return HmacKey.fromEnvironment(a.option(hmacOption)
                .orElseThrow(() -> new IllegalArgumentException("give " + keyOption + " or " + hmacOption)), environment);
    }

    /** A command, its positional paths and {@code --name value} options. */
    record Arguments(String command, List<String> positional, Map<String, String> options) {

        static Arguments parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("no command");
            }
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.put(args[i], args[++i]);
                } else {
                    positional.add(args[i]);
                }
            }
            return new Arguments(args[0], positional, options);
        }

        Path path(int index) {
            if (index >= positional.size()) {
                throw new IllegalArgumentException(command + " needs " + (index + 1) + " path argument(s)");
            }
            return Path.of(positional.get(index));
        }

        Optional<String> option(String name) {
            return Optional.ofNullable(options.get(name));
        }
    }
}

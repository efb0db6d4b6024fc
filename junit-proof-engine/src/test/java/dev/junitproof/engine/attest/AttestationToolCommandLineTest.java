package dev.junitproof.engine.attest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static dev.junitproof.engine.attest.SignedDemoProof.REPORT;
import static dev.junitproof.engine.attest.SignedDemoProof.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line's messages and exit codes: 0 done, 1 refused or not verified, 2 bad usage (with the usage). */
class AttestationToolCommandLineTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run tool(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AttestationTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), n -> Optional.ofNullable(env.get(n)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run tool(String... args) {
        return tool(Map.of(), args);
    }

    private static void assertUsageError(Run run, String message) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + System.lineSeparator() + AttestationTool.USAGE + System.lineSeparator());
    }

    @Test
    void badUsageSaysWhatIsWrongThenTheUsage() {
        assertUsageError(tool(), "no command");
        assertUsageError(tool("frobnicate"), "unknown command frobnicate");
        assertUsageError(tool("sign"), "sign needs 1 path argument(s)");
        assertUsageError(tool("extract", "proof.tar.gz"), "extract needs 2 path argument(s)");
        assertUsageError(tool("sign", "report.json", "--key"), "--key needs a value");
        assertUsageError(tool("sign", tmp.resolve("report.json").toString()), "give --key or --hmac-env");
        assertUsageError(tool("resign", tmp.resolve("r.intoto.jsonl").toString(), "--key", "k.pem"),
                "give --old-key or --old-hmac-env");
        assertUsageError(tool(Map.of("H", "secret"), "archive", tmp.resolve("r.intoto.jsonl").toString(), "--hmac-env", "H"),
                "archive needs --out");
    }

    @Test
    void whatCannotBeReadIsARefusalWithoutTheUsage() {
        Run missingKey = tool("verify", tmp.resolve("r.intoto.jsonl").toString(), "--key", tmp.resolve("absent.pem").toString());

        assertThat(missingKey.exit()).isEqualTo(1);
        assertThat(missingKey.out()).isEmpty();
        assertThat(missingKey.err()).contains("absent.pem").doesNotContain("usage:");
    }

    @Test
    void eachCommandSaysWhatItDid() throws Exception {
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        SignedDemoProof.prove(unit, tmp.resolve("out"));
        Path reports = tmp.resolve("out").resolve(UNIT);
        Path keys = tmp.resolve("keys");
        Path envelope = reports.resolve(REPORT + ".intoto.jsonl");

        Run keygen = tool("keygen", keys.toString());
        String keyid = keygen.out().replaceAll("(?s).*\\((.*)\\).*", "$1");
        assertThat(keygen.out()).isEqualTo("wrote " + keys.resolve("proof-signing-key.pem") + " and proof-signing-key.pub.pem ("
                + keyid + ")" + System.lineSeparator());
        assertThat(keyid).startsWith("ed25519:");
        Run sign = tool("sign", reports.resolve(REPORT + ".json").toString(), "--key", keys.resolve("proof-signing-key.pem").toString());
        assertThat(sign.exit()).isZero();
        assertThat(sign.out()).isEqualTo("signed: " + envelope + System.lineSeparator());
        Run verify = tool("verify", envelope.toString(), "--key", keys.resolve("proof-signing-key.pub.pem").toString());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).startsWith("VERIFIED " + envelope + ": signed by " + keyid + "; ")
                .contains(" PASSED [PARTNER_READY]; ").endsWith(" evidence files match in " + unit + System.lineSeparator());
        Path archive = tmp.resolve("proof.tar.gz");
        Run archived = tool("archive", envelope.toString(), "--key", keys.resolve("proof-signing-key.pub.pem").toString(),
                "--out", archive.toString());
        assertThat(archived.out()).isEqualTo("archived: " + archive + System.lineSeparator());
        Run extracted = tool("extract", archive.toString(), tmp.resolve("x").toString());
        assertThat(extracted.out()).matches("extracted [1-9][0-9]* files into " + java.util.regex.Pattern.quote(
                tmp.resolve("x").toString()) + System.lineSeparator());
        try (var files = Files.walk(tmp.resolve("x"))) {
            long count = files.filter(Files::isRegularFile).count();
            assertThat(extracted.out()).startsWith("extracted " + count + " files");
        }
        Run resigned = tool(Map.of("NEW", "rotated"), "resign", envelope.toString(),
                "--old-key", keys.resolve("proof-signing-key.pub.pem").toString(), "--hmac-env", "NEW");
        assertThat(resigned.out()).isEqualTo("re-signed: " + envelope + System.lineSeparator());
    }

    @Test
    void argumentsAreACommandPositionalPathsAndOptionValues() {
        AttestationTool.Arguments a = AttestationTool.Arguments.parse(
                new String[] {"verify", "one", "--key", "k.pem", "two", "--evidence", "dir"});

        assertThat(a.command()).isEqualTo("verify");
        assertThat(a.positional()).containsExactly("one", "two");
        assertThat(a.path(1)).isEqualTo(Path.of("two"));
        assertThat(a.option("--key")).contains("k.pem");
        assertThat(a.option("--evidence")).contains("dir");
        assertThat(a.option("--out")).isEmpty();
    }
}

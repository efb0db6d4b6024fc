package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.junitproof.engine.attest.SignedDemoProof.REPORT;
import static dev.junitproof.engine.attest.SignedDemoProof.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed's Phase C golden-file lifecycle (generate with HMAC, sign with a known key, verify, detect tampered
 * content, detect a tampered signature, archive, extract and verify, re-sign with a new key, verify the new
 * signature), applied to the engine's own proof reports with the DEMO suite. Each step is its own test and
 * builds what it needs; verification runs as the ATTEST suite through the launcher, as a reviewer would run it.
 */
class GoldenLifecycleTest {

    private static final String CHECK = "ATTEST-" + REPORT;
    private static final Map<String, String> ENV = Map.of("PROOF_HMAC", "golden-file-secret");

    @TempDir
    Path tmp;

    private Path unit;
    private Path reports;
    private Ed25519SigningKey known;
    private Path knownPrivate;
    private Path knownPublic;

    @BeforeEach
    void evidenceAndKey() {
        unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        reports = tmp.resolve("out").resolve(UNIT);
        known = SignedDemoProof.newKey();
        knownPrivate = SignedDemoProof.writePrivate(known, tmp.resolve("keys/known.pem"));
        knownPublic = SignedDemoProof.writePublic(known, tmp.resolve("keys/known.pub.pem"));
    }

    /** Step 2's state: the report signed by the listener with the known key. */
    private Path signedWithKnownKey() {
        SignedDemoProof.prove(unit, tmp.resolve("out"), "proof.sign.key", knownPrivate.toString());
        return reports.resolve(REPORT + ".intoto.jsonl");
    }

    private ProofRunResult verify(Path directory, Path publicKey, String... config) {
        ProofRunner runner = ProofRunner.selectDirectory(directory).config("proof.verify.key", publicKey.toString());
        for (int i = 0; i < config.length; i += 2) {
            runner.config(config[i], config[i + 1]);
        }
        return runner.run(tmp.resolve("verified"));
    }

    @Test
    @DisplayName("1 Generate golden file with HMAC")
    void generateWithHmac() throws Exception {
        SignedDemoProof.prove(unit, tmp.resolve("out"));
        HmacKey hmac = HmacKey.fromEnvironment("PROOF_HMAC", name -> Optional.ofNullable(ENV.get(name)));

        Path envelope = Signer.sign(ReportFiles.ofJson(reports.resolve(REPORT + ".json")), List.of(hmac), "test");

        String line = SignedDemoProof.read(envelope);
        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode dsse = Envelope.MAPPER.readTree(line);
        assertThat(dsse.path("payloadType").asText()).isEqualTo("application/vnd.in-toto+json");
        assertThat(dsse.path("signatures").get(0).path("keyid").asText()).isEqualTo(hmac.keyid()).startsWith("hmac-sha256:");
        JsonNode statement = SignedDemoProof.statement(envelope);
        assertThat(statement.path("_type").asText()).isEqualTo("https://in-toto.io/Statement/v1");
        assertThat(statement.path("subject").findValuesAsText("name"))
                .containsExactly(REPORT + ".json", REPORT + ".txt", REPORT + ".md");
        assertThat(statement.path("subject").get(0).path("digest").path("sha256").asText())
                .isEqualTo(SignedDemoProof.sha256(reports.resolve(REPORT + ".json")));
        assertThat(statement.path("subject").get(1).path("digest").path("sha256").asText())
                .isEqualTo(SignedDemoProof.sha256(reports.resolve(REPORT + ".txt")));
        assertThat(statement.path("subject").get(2).path("digest").path("sha256").asText())
                .isEqualTo(SignedDemoProof.sha256(reports.resolve(REPORT + ".md")));
        assertThat(statement.path("predicateType").asText()).isEqualTo("https://slsa.dev/verification_summary/v1");
        JsonNode predicate = statement.path("predicate");
        assertThat(predicate.path("verifier").path("id").asText()).isEqualTo(InTotoStatement.VERIFIER_ID);
        assertThat(predicate.path("verifier").path("version").path("junit-proof-engine").asText()).isEqualTo("test");
        assertThat(predicate.path("timeVerified").asText()).isEqualTo("2026-03-23T12:00:00Z");
        assertThat(predicate.path("resourceUri").asText()).endsWith(UNIT);
        assertThat(predicate.path("policy").path("uri").asText()).isEqualTo("proof-suite:DEMO");
        JsonNode report = Envelope.MAPPER.readTree(reports.resolve(REPORT + ".json").toFile());
        assertThat(predicate.path("policy").path("digest").path("sha256").asText())
                .isEqualTo(Sha256.hex(PolicyDigest.canonicalText(report).getBytes(StandardCharsets.UTF_8)));
        assertThat(PolicyDigest.canonicalText(report)).isEqualTo(
                "[[\"DEMO-01\",\"Latency: p99 <= 500ms\",\"<= 500 ms\"],[\"DEMO-02\",\"Soak: not yet due\",\"\"],"
                        + "[\"DEMO-03\",\"Summary: DEMO-01 passed\",\"\"]]");
        assertThat(predicate.path("inputAttestations").get(0).path("uri").asText()).isEqualTo("demo.json");
        assertThat(predicate.path("inputAttestations").get(0).path("digest").path("sha256").asText())
                .isEqualTo(SignedDemoProof.sha256(unit.resolve("demo.json")));
        assertThat(predicate.path("verificationResult").asText()).isEqualTo("PASSED");
        assertThat(predicate.path("verifiedLevels").findValuesAsText("x")).isEmpty();
        assertThat(predicate.path("verifiedLevels").get(0).asText()).isEqualTo("PARTNER_READY");
        assertThat(predicate.path("verifiedLevels")).hasSize(1);
        assertThat(predicate.path("slsaVersion").asText()).isEqualTo("1.0");
        assertThat(Verifier.verify(new DirectoryFiles(reports), envelope.getFileName().toString(), hmac,
                s -> new EvidenceDirectory(unit))).isInstanceOf(Verification.Verified.class);
    }

    @Test
    @DisplayName("2 Sign with known key")
    void signWithKnownKey() {
        Path envelope = signedWithKnownKey();
        String first = SignedDemoProof.read(envelope);

        assertThat(Envelope.parse(first.strip()).signatures()).singleElement()
                .satisfies(s -> assertThat(s.keyid()).isEqualTo(known.keyid()).startsWith("ed25519:"));
        // Ed25519 is deterministic and the statement uses the report's clock: the same run signs identically.
        signedWithKnownKey();
        assertThat(SignedDemoProof.read(envelope)).isEqualTo(first);
    }

    @Test
    @DisplayName("3 Verify valid signature")
    void verifyValidSignature() {
        signedWithKnownKey();

        ProofRunResult result = verify(reports, knownPublic);

        assertThat(result.tests("ATTEST")).containsEntry(CHECK, Shown.PASSED).containsEntry("VERIFIED", Shown.PASSED);
        assertThat(result.report(UNIT, "attest-proof-report.txt"))
                .contains(CHECK + " PASS", "signed by " + known.keyid(), "Verdict: ATTESTATIONS VERIFIED");
        assertThat(result.report(UNIT, "attest-proof-report.json"))
                .contains("\"path\": \"" + REPORT + ".intoto.jsonl\"", "\"path\": \"" + REPORT + ".json\"");
    }

    @Test
    @DisplayName("4 Detect tampered content: report, evidence changed, evidence gone")
    void detectTamperedContent() throws Exception {
        signedWithKnownKey();
        Path json = reports.resolve(REPORT + ".json");
        Files.writeString(json, Files.readString(json).replace("PARTNER READY", "GA READY"));

        assertThat(verify(reports, knownPublic).message(CHECK))
                .contains("report altered: " + REPORT + ".json has sha256")
                .doesNotContain("evidence altered", "evidence missing", "signature invalid");

        signedWithKnownKey();
        Files.writeString(unit.resolve("demo.json"), Files.readString(unit.resolve("demo.json")).replace("24.1", "24.2"));
        assertThat(verify(reports, knownPublic).message(CHECK))
                .contains("evidence altered: demo.json in ").doesNotContain("report altered");

        Files.delete(unit.resolve("demo.json"));
        assertThat(verify(reports, knownPublic).message(CHECK)).contains("evidence missing: demo.json in ");
    }

    @Test
    @DisplayName("5 Detect tampered signature, and a wrong key")
    void detectTamperedSignature() throws Exception {
        Path envelope = signedWithKnownKey();
        String line = SignedDemoProof.read(envelope);
        Envelope parsed = Envelope.parse(line.strip());
        byte[] sig = parsed.signatures().get(0).sig();
        sig[0] ^= 1;
        Files.writeString(envelope, new Envelope(parsed.payloadType(), parsed.payload(),
                List.of(new Envelope.EnvelopeSignature(known.keyid(), sig))).toJsonLine());

        ProofRunResult tampered = verify(reports, knownPublic);

        assertThat(tampered.outcome(CHECK)).isEqualTo(Shown.FAILED);
        assertThat(tampered.message(CHECK)).contains("signature invalid: the signature by " + known.keyid());
        assertThat(tampered.report(UNIT, "attest-proof-report.txt")).contains("Verdict: ATTESTATIONS NOT VERIFIED");

        Files.writeString(envelope, line);
        Path otherPublic = SignedDemoProof.writePublic(SignedDemoProof.newKey(), tmp.resolve("keys/other.pub.pem"));
        assertThat(verify(reports, otherPublic).message(CHECK))
                .contains("wrong key: the envelope is signed by " + known.keyid() + ", not by the verification key ed25519:");

        // A payload swapped under the old signature is caught by the signature, before the statement is trusted.
        byte[] forged = new String(parsed.payload(), StandardCharsets.UTF_8).replace("PASSED", "FAILED")
                .getBytes(StandardCharsets.UTF_8);
        Files.writeString(envelope, new Envelope(parsed.payloadType(), forged, parsed.signatures()).toJsonLine());
        assertThat(verify(reports, knownPublic).message(CHECK)).contains("signature invalid");
    }

    @Test
    @DisplayName("6 Archive to compressed format")
    void archive() throws Exception {
        Path envelope = signedWithKnownKey();
        VerificationKey key = known.publicKey();

        Path archive = ProofArchive.create(envelope, key, Optional.empty(), tmp.resolve("proof.tar.gz"));

        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getModTime().toInstant()).hasToString("2026-03-23T12:00:00Z");
                assertThat(e.getMode()).as("a plain file, rw-r--r--").isEqualTo(0100644);
            }
        }
        byte[] gzip = Files.readAllBytes(archive);
        // The gzip header's own time (bytes 4-7) is zero, so the archive's bytes depend on its content only.
        assertThat(java.util.Arrays.copyOfRange(gzip, 4, 8)).containsExactly(0, 0, 0, 0);
        assertThat(names).containsExactly(UNIT + "/demo-proof-report.intoto.jsonl", UNIT + "/demo-proof-report.json",
                UNIT + "/demo-proof-report.md", UNIT + "/demo-proof-report.txt", UNIT + "/evidence/demo.json");
        byte[] first = Files.readAllBytes(archive);
        ProofArchive.create(envelope, key, Optional.empty(), archive);
        assertThat(Files.readAllBytes(archive)).as("reproducible archive").isEqualTo(first);

        Files.writeString(unit.resolve("demo.json"), "{}\n");
        assertThatThrownBy(() -> ProofArchive.create(envelope, key, Optional.empty(), tmp.resolve("bad.tar.gz")))
                .hasMessageContaining("archive refused").hasMessageContaining("evidence altered: demo.json");
        assertThat(tmp.resolve("bad.tar.gz")).doesNotExist();
    }

    @Test
    @DisplayName("7 Extract and verify")
    void extractAndVerify() throws Exception {
        Path archive = ProofArchive.create(signedWithKnownKey(), known.publicKey(), Optional.empty(),
                tmp.resolve("proof.tar.gz"));
        // The reviewer has only the archive: the original evidence and reports are gone.
        Files.delete(unit.resolve("demo.json"));
        Files.delete(reports.resolve(REPORT + ".json"));

        ProofArchive.extract(archive, tmp.resolve("extracted"));
        ProofRunResult result = verify(tmp.resolve("extracted"), knownPublic);

        assertThat(result.outcome(CHECK)).isEqualTo(Shown.PASSED);
        assertThat(result.report(UNIT, "attest-proof-report.txt")).contains("extracted/" + UNIT + "/evidence");

        Path extractedEvidence = tmp.resolve("extracted").resolve(UNIT).resolve("evidence/demo.json");
        Files.writeString(extractedEvidence, "{}\n");
        assertThat(verify(tmp.resolve("extracted"), knownPublic).message(CHECK)).contains("evidence altered: demo.json");
    }

    @Test
    @DisplayName("8 Resign with new key")
    void resignWithNewKey() throws Exception {
        Path envelope = signedWithKnownKey();
        Envelope before = Envelope.parse(SignedDemoProof.read(envelope).strip());
        Ed25519SigningKey rotated = SignedDemoProof.newKey();

        Resigner.resign(envelope, known.publicKey(), List.of(rotated));

        Envelope after = Envelope.parse(SignedDemoProof.read(envelope).strip());
        assertThat(after.payload()).as("the attested statement is untouched").isEqualTo(before.payload());
        assertThat(after.signatures()).singleElement().satisfies(s -> assertThat(s.keyid()).isEqualTo(rotated.keyid()));
        assertThat(verify(reports, knownPublic).message(CHECK)).contains("wrong key");

        // Re-signing refuses what the old key does not vouch for, and a report that changed since.
        assertThatThrownBy(() -> Resigner.resign(envelope, known.publicKey(), List.of(SignedDemoProof.newKey())))
                .hasMessageContaining("re-signing refused").hasMessageContaining("wrong key");
        Files.writeString(reports.resolve(REPORT + ".txt"), "forged\n");
        assertThatThrownBy(() -> Resigner.resign(envelope, rotated.publicKey(), List.of(SignedDemoProof.newKey())))
                .hasMessageContaining("report altered: " + REPORT + ".txt");
    }

    @Test
    @DisplayName("9 Verify new signature")
    void verifyNewSignature() throws Exception {
        Path envelope = signedWithKnownKey();
        Ed25519SigningKey rotated = SignedDemoProof.newKey();
        Resigner.resign(envelope, known.publicKey(), List.of(rotated));
        Path rotatedPublic = SignedDemoProof.writePublic(rotated, tmp.resolve("keys/rotated.pub.pem"));

        ProofRunResult result = verify(reports, rotatedPublic);

        assertThat(result.outcome(CHECK)).isEqualTo(Shown.PASSED);
        assertThat(result.report(UNIT, "attest-proof-report.txt")).contains("signed by " + rotated.keyid());
        String payload = Envelope.MAPPER.readTree(SignedDemoProof.read(envelope)).path("payload").asText();
        assertThat(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8)).contains("\"PASSED\"");
    }
}

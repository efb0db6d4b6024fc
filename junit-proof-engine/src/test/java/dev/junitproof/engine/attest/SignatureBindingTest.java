package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static dev.junitproof.engine.attest.SignedDemoProof.REPORT;
import static dev.junitproof.engine.attest.SignedDemoProof.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An envelope verifies only the report set it sits beside and is named for, and only for that report's suite; a
 * directory verification fails every proof report without a valid envelope; duplicate keys are refused; any proof
 * report signs, whatever its own schema; verifying an output root runs the attestation checks only; the evidence of
 * a verification may be given as the evidence root.
 */
class SignatureBindingTest {

    private static final String OTHER = "other-proof-report";

    @TempDir
    Path tmp;

    private Ed25519SigningKey key;
    private Path publicKey;

    /** A signed demo report in {@code out/<unit>/}, and a second signed report set beside it for suite OTHER. */
    private Path twoSignedReports() throws Exception {
        key = SignedDemoProof.newKey();
        publicKey = SignedDemoProof.writePublic(key, tmp.resolve("key.pub.pem"));
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        SignedDemoProof.prove(unit, tmp.resolve("out"), "proof.sign.key",
                SignedDemoProof.writePrivate(key, tmp.resolve("key.pem")).toString());
        Path dir = tmp.resolve("out").resolve(UNIT);
        ObjectNode other = (ObjectNode) Envelope.MAPPER.readTree(dir.resolve(REPORT + ".json").toFile());
        other.put("suite", "OTHER");
        Files.writeString(dir.resolve(OTHER + ".json"), other.toPrettyString());
        Files.copy(dir.resolve(REPORT + ".txt"), dir.resolve(OTHER + ".txt"));
        Files.copy(dir.resolve(REPORT + ".md"), dir.resolve(OTHER + ".md"));
        Signer.sign(ReportFiles.ofJson(dir.resolve(OTHER + ".json")), List.of(key), "test");
        return dir;
    }

    private Verification verify(Path dir, String envelope) {
        return Verifier.verify(new DirectoryFiles(dir), envelope, key.publicKey(), null);
    }

    @Test
    void anEnvelopeCopiedOverAnotherReportsEnvelopeDoesNotVerifyIt() throws Exception {
        Path dir = twoSignedReports();
        // The demo report is tampered with, and the other report's valid envelope is put in place of its own.
        Files.writeString(dir.resolve(REPORT + ".txt"), "Verdict: PARTNER READY (tampered)\n");
        Files.copy(dir.resolve(OTHER + ".intoto.jsonl"), dir.resolve(REPORT + ".intoto.jsonl"),
                StandardCopyOption.REPLACE_EXISTING);

        Verification verification = verify(dir, REPORT + ".intoto.jsonl");

        assertThat(verification).isInstanceOf(Verification.Rejected.class);
        assertThat(((Verification.Rejected) verification).message()).contains(
                "envelope not bound to this report: demo-proof-report.intoto.jsonl attests other-proof-report.json, not one of "
                        + "demo-proof-report.json, demo-proof-report.md, demo-proof-report.txt",
                "demo-proof-report.intoto.jsonl does not attest demo-proof-report.txt");
        assertThat(verify(dir, OTHER + ".intoto.jsonl")).as("the other report's own envelope still verifies it")
                .isInstanceOf(Verification.Verified.class);
    }

    @Test
    void aStatementForAnotherSuiteThanItsReportIsRefused() throws Exception {
        Path dir = twoSignedReports();
        ReportFiles demo = ReportFiles.ofJson(dir.resolve(REPORT + ".json"));
        // A statement over the demo report's exact files whose policy names another suite.
        ObjectNode claimed = (ObjectNode) Envelope.MAPPER.readTree(Files.readAllBytes(demo.json()));
        claimed.put("suite", "VAL26");
        byte[] statement = InTotoStatement.build(List.of(
                new AttestedStatement.NamedDigest(REPORT + ".json", Sha256.hex(demo.json())),
                new AttestedStatement.NamedDigest(REPORT + ".txt", Sha256.hex(demo.text())),
                new AttestedStatement.NamedDigest(REPORT + ".md", Sha256.hex(demo.markdown()))), claimed, "test");
        Files.writeString(demo.envelope(), Envelope.sign(statement, List.of(key)).toJsonLine());

        Verification verification = verify(dir, REPORT + ".intoto.jsonl");

        assertThat(((Verification.Rejected) verification).message())
                .contains("the statement attests proof-suite:VAL26 but demo-proof-report.json is suite DEMO");
    }

    @Test
    void aDirectoryVerificationFailsAProofReportWhoseEnvelopeWasDeleted() throws Exception {
        Path dir = twoSignedReports();
        Files.delete(dir.resolve(OTHER + ".intoto.jsonl"));

        ProofRunResult result = ProofRunner.selectDirectory(dir).config("proof.verify.key", publicKey.toString())
                .run(tmp.resolve("verified"));

        assertThat(result.tests("ATTEST")).containsEntry("ATTEST-" + REPORT, Shown.PASSED)
                .containsEntry("ATTEST-" + OTHER, Shown.FAILED);
        assertThat(result.message("ATTEST-" + OTHER))
                .contains("not signed: other-proof-report.json is a proof report with no other-proof-report.intoto.jsonl beside it");
        assertThat(result.tests("ATTEST")).containsEntry("VERIFIED", Shown.FAILED);
    }

    @Test
    void verifyingAnOutputRootRunsTheAttestationChecksOnlyNotTheSuitesOverTheReportDirectories() throws Exception {
        Path dir = twoSignedReports();
        Files.delete(dir.resolve(REPORT + ".intoto.jsonl"));

        // out/demo-lab-2026-03-23 carries a dated lab directory's name: it is a report directory all the same.
        ProofRunResult result = ProofRunner.selectDirectory(tmp.resolve("out")).config("proof.verify.key", publicKey.toString())
                .run(tmp.resolve("verified"));

        assertThat(result.tests()).doesNotContainKeys("DEMO-01", "DEMO-02", "DEMO-03", "PARTNER")
                .containsEntry("ATTEST-" + REPORT, Shown.FAILED).containsEntry("ATTEST-" + OTHER, Shown.PASSED);
    }

    @Test
    void evenUnverifiedAReportDirectoryIsNeverProvedAsLabEvidence() throws Exception {
        Path dir = twoSignedReports();

        ProofRunResult result = ProofRunner.selectDirectory(tmp.resolve("out")).run(tmp.resolve("again"));

        assertThat(result.tests()).doesNotContainKeys("DEMO-01", "PARTNER");
    }

    @Test
    void duplicateKeysInAnEnvelopeAreRefused() throws Exception {
        Path dir = twoSignedReports();
        String line = Files.readString(dir.resolve(REPORT + ".intoto.jsonl")).strip();
        Files.writeString(dir.resolve(REPORT + ".intoto.jsonl"),
                line.replaceFirst("\\{", "{\"payloadType\":\"text/plain\",") + "\n");

        Verification verification = verify(dir, REPORT + ".intoto.jsonl");

        assertThat(((Verification.Rejected) verification).message()).contains("malformed attestation")
                .contains("Duplicate field 'payloadType'");
    }

    @Test
    void aReportOfAnotherSchemaThanProofReportV1SignsAndVerifies() throws Exception {
        Path dir = twoSignedReports();
        // As VAL24 writes its report (schema val24-report/v1 with the common fields).
        ObjectNode soak = (ObjectNode) Envelope.MAPPER.readTree(dir.resolve(REPORT + ".json").toFile());
        soak.put("schema", "val24-report/v1");
        Files.writeString(dir.resolve(REPORT + ".json"), soak.toPrettyString());
        Signer.sign(ReportFiles.ofJson(dir.resolve(REPORT + ".json")), List.of(key), "test");

        assertThat(verify(dir, REPORT + ".intoto.jsonl")).isInstanceOf(Verification.Verified.class);
    }

    @Test
    void theEvidenceOfAVerificationMayBeGivenAsTheEvidenceRoot() throws Exception {
        Path dir = twoSignedReports();
        Files.delete(dir.resolve(OTHER + ".intoto.jsonl"));
        Files.delete(dir.resolve(OTHER + ".json"));

        ProofRunResult result = ProofRunner.selectDirectory(dir).config("proof.verify.key", publicKey.toString())
                .config("proof.verify.evidence", tmp.resolve("evidence").toString()).run(tmp.resolve("verified"));

        assertThat(result.tests("ATTEST")).containsEntry("ATTEST-" + REPORT, Shown.PASSED);
    }
}

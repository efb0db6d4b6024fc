package dev.junitproof.engine.attest;

import dev.junitproof.testing.ApprovalsFixture;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.junitproof.engine.attest.SignedDemoProof.REPORT;
import static dev.junitproof.engine.attest.SignedDemoProof.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code approvals.json} is evidence like any other: its digest is among the signed report's inputs, so an approval
 * changed after signing (a later expiry, another approver) breaks verification against the evidence.
 */
class SignedApprovalsTest {

    @TempDir
    Path tmp;

    private static ApprovalsFixture approvals(String expires) {
        return ApprovalsFixture.approvals()
                .attested("DEMO", "GA-2", "audited", "ciso", "2026-03-01", "https://t/SEC-2")
                .exception("DEMO", "GA-3", "unit test accepted", "security-lead", "2026-03-01", expires, "https://t/SEC-7");
    }

    private ProofRunResult verify(Path publicKey) {
        return ProofRunner.selectDirectory(tmp.resolve("out").resolve(UNIT))
                .config("proof.verify.key", publicKey.toString())
                .config("proof.verify.evidence", tmp.resolve("evidence").toString())
                .run(tmp.resolve("verified"));
    }

    @Test
    void anApprovalChangedAfterSigningBreaksVerification() throws Exception {
        Ed25519SigningKey key = SignedDemoProof.newKey();
        Path privateKey = SignedDemoProof.writePrivate(key, tmp.resolve("k.pem"));
        Path publicKey = SignedDemoProof.writePublic(key, tmp.resolve("k.pub.pem"));
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        approvals("2026-06-30").writeTo(unit);
        ProofRunResult signed = SignedDemoProof.prove(unit, tmp.resolve("out"), "proof.sign.key", privateKey.toString());
        assertThat(signed.outcome("GA")).isEqualTo(Shown.PASSED);
        assertThat(Files.readString(tmp.resolve("out").resolve(UNIT).resolve(REPORT + ".json")))
                .contains("\"approvals.json\"");

        assertThat(verify(publicKey).outcome("ATTEST-" + REPORT)).isEqualTo(Shown.PASSED);

        approvals("2027-06-30").writeTo(unit);
        ProofRunResult tampered = verify(publicKey);

        assertThat(tampered.outcome("ATTEST-" + REPORT)).isEqualTo(Shown.FAILED);
        assertThat(tampered.message("ATTEST-" + REPORT)).contains("approvals.json");
    }
}

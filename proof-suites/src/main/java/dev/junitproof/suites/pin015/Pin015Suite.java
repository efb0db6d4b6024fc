package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;

/**
 * PIN015 M4 Workflow Engine Validation &amp; Maturity Gates: proves one {@code m4-validation-YYYY-MM-DD/}
 * directory: phases A–E, the 24-hour shadow run, the self-sign runbook and the SRE sign-off, and the nine
 * maturity gates that decide {@code M4 CERTIFIED}.
 *
 * <p>Configuration: {@code proof.pin015.min-cycles} and {@code proof.pin015.min-golden-files} lower (or raise)
 * the seed's shadow-run thresholds; see {@link Thresholds}.
 */
public final class Pin015Suite implements ProofSuite {

    @Override
    public String id() {
        return "PIN015";
    }

    @Override
    public String title() {
        return "PIN015 M4 Workflow Engine Validation & Maturity Gates";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("m4-validation-");
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        return new Pin015Proof(M4Evidence.read(reader, settings));
    }
}

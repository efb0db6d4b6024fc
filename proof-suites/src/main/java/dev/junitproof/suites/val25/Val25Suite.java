package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.charts.ChartRenderer;

import java.util.List;

/**
 * VAL25 Fleet Rollout Proof: consolidates the five fleet-rollout slices VAL07–VAL11 of one
 * {@code cli-audit-lab-YYYY-MM-DD/} run into a 10-check matrix, a 6-hour evidence window and readiness levels.
 */
public final class Val25Suite implements ProofSuite {

    @Override
    public String id() {
        return "VAL25";
    }

    @Override
    public String title() {
        return "VAL25 Fleet Rollout Proof";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("cli-audit-lab-");
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return new Val25Proof(FleetEvidence.read(reader));
    }

    /** The GA and public-production requirements the lab evidence cannot show: approvals.json may attest them. */
    @Override
    public List<Criterion> readinessCriteria() {
        return FleetReadiness.identified();
    }

    @Override
    public List<InformationalField> informationalFields() {
        return FleetInformationalFields.all();
    }
}

package dev.junitproof.suites.val26;

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
 * VAL26 HA Proof: consolidates the five HA slices VAL13–VAL17 of one {@code cli-audit-lab-YYYY-MM-DD/} run (the
 * same directory VAL25 proves, each suite with its own report) into a 10-check matrix and readiness levels.
 */
public final class Val26Suite implements ProofSuite {

    @Override
    public String id() {
        return "VAL26";
    }

    @Override
    public String title() {
        return "VAL26 HA Proof";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("cli-audit-lab-");
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return new Val26Proof(HaEvidence.read(reader));
    }

    /** The GA and public-production requirements the lab evidence cannot show: approvals.json may attest them. */
    @Override
    public List<Criterion> readinessCriteria() {
        return HaReadiness.identified();
    }

    @Override
    public List<InformationalField> informationalFields() {
        return HaInformationalFields.all();
    }
}

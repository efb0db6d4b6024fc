package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.slices.CliAuditLabSuite;

import java.util.List;

/**
 * VAL25 Fleet Rollout Proof: consolidates the five fleet-rollout slices VAL07–VAL11 of one
 * {@code cli-audit-lab-YYYY-MM-DD/} run into a 10-check matrix, a 6-hour evidence window and readiness levels.
 */
public final class Val25Suite extends CliAuditLabSuite {

    public Val25Suite() {
        super("VAL25", "VAL25 Fleet Rollout Proof");
    }

    @Override
    protected SuiteProof proof(EvidenceReader reader) {
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

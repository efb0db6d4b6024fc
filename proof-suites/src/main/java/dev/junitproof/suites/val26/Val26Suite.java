package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.slices.CliAuditLabSuite;

import java.util.List;

/**
 * VAL26 HA Proof: consolidates the five HA slices VAL13–VAL17 of one {@code cli-audit-lab-YYYY-MM-DD/} run (the
 * same directory VAL25 proves, each suite with its own report) into a 10-check matrix and readiness levels.
 */
public final class Val26Suite extends CliAuditLabSuite {

    public Val26Suite() {
        super("VAL26", "VAL26 HA Proof");
    }

    @Override
    protected SuiteProof proof(EvidenceReader reader) {
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

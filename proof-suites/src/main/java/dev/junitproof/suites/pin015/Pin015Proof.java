package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SuiteProof;

import java.util.List;

/**
 * What PIN015 proves about one m4-validation directory: phases A–E as containers (the shadow run inside Phase E),
 * the runbook and the sign-off, then the nine maturity gates as the matrix, and one readiness level.
 */
final class Pin015Proof implements SuiteProof {

    static final String CERTIFIED = "M4 CERTIFIED";
    static final String NOT_CERTIFIED = "M4 NOT CERTIFIED";

    private final M4Evidence evidence;
    private final PhaseChecks phases;

    Pin015Proof(M4Evidence evidence) {
        this.evidence = evidence;
        this.phases = new PhaseChecks(evidence);
    }

    @Override
    public List<PlanNode> plan() {
        return List.of(
                phases.phaseA(),
                phases.phaseB(),
                phases.phaseC(),
                phases.phaseD(),
                phases.phaseE(new ShadowChecks(evidence).group()),
                new RunbookChecks(evidence).group(),
                new SignoffCheck(evidence).group(),
                new MaturityGates(new GateEvidence(evidence)).matrix());
    }

    @Override
    public List<ReadinessLevel> readiness() {
        return M4Readiness.levels();
    }

    /** Pure: certified exactly when all nine maturity gates passed. */
    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        return outcomes.allPassed(MaturityGates.IDS.toArray(String[]::new)) ? CERTIFIED : NOT_CERTIFIED;
    }

    @Override
    public List<CoverageRow> coverage() {
        return new M4Coverage(evidence).rows();
    }

    @Override
    public String reportName() {
        return "pin015-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        return new Pin015TextReport(evidence, result).render();
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        new Pin015JsonSections(evidence, result).addTo(report);
    }
}

package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.CheckGroup;
import dev.junitproof.api.CoverageRow;
import dev.junitproof.api.Outcomes;
import dev.junitproof.api.PlanNode;
import dev.junitproof.api.ProofResult;
import dev.junitproof.api.ReadinessLevel;
import dev.junitproof.api.ReadinessResult;
import dev.junitproof.suites.slices.SliceChecks;
import dev.junitproof.suites.slices.SliceEvidence;

import java.util.ArrayList;
import java.util.List;

/**
 * What VAL25 proves about one cli-audit-lab directory: each slice's own checks, the evidence window and a
 * trust-but-verify check, the 10-check matrix, and the three readiness levels.
 */
final class Val25Proof implements dev.junitproof.api.SuiteProof {

    static final String VERDICT_READY = "DESIGN PARTNER READY";
    static final String VERDICT_NOT_READY = "NOT READY";

    private final FleetEvidence evidence;
    private final FleetMatrix matrix;

    Val25Proof(FleetEvidence evidence) {
        this.evidence = evidence;
        this.matrix = new FleetMatrix(evidence);
    }

    @Override
    public List<PlanNode> plan() {
        List<PlanNode> plan = new ArrayList<>();
        for (SliceEvidence slice : evidence.all()) {
            plan.add(SliceChecks.group(slice));
        }
        plan.add(CheckGroup.of("verify", "Evidence window and trust-but-verify", null,
                List.of(matrix.window(), matrix.percentiles())));
        plan.add(CheckGroup.matrix("matrix", "10-Check Matrix", matrix.matrix()));
        return plan;
    }

    @Override
    public List<ReadinessLevel> readiness() {
        return FleetReadiness.levels();
    }

    /** Pure: DESIGN PARTNER READY exactly when the design-partner level is met. */
    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        boolean ready = readiness.stream()
                .anyMatch(r -> r.level().equals(FleetReadiness.DESIGN_PARTNER) && r.ready());
        return ready ? VERDICT_READY : VERDICT_NOT_READY;
    }

    @Override
    public List<CoverageRow> coverage() {
        List<CoverageRow> rows = new ArrayList<>();
        for (SliceEvidence slice : evidence.all()) {
            rows.add(new CoverageRow(slice.spec().val(), slice.spec().name(), slice.status().name(),
                    (int) slice.passedChecks(), slice.spec().expectedChecks(), slice.detail()));
        }
        return rows;
    }

    @Override
    public String reportName() {
        return "val25-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        return new Val25TextReport(evidence, result).render();
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        new Val25JsonSections(evidence).addTo(report);
    }
}

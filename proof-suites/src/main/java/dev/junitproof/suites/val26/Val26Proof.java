package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.CheckGroup;
import dev.junitproof.api.CoverageRow;
import dev.junitproof.api.Outcomes;
import dev.junitproof.api.PlanNode;
import dev.junitproof.api.ProofResult;
import dev.junitproof.api.ReadinessLevel;
import dev.junitproof.api.ReadinessResult;
import dev.junitproof.api.SuiteProof;
import dev.junitproof.suites.slices.SliceChecks;
import dev.junitproof.suites.slices.SliceEvidence;

import java.util.ArrayList;
import java.util.List;

/** What VAL26 proves about one cli-audit-lab directory: the HA slices, the window, the matrix, the levels. */
final class Val26Proof implements SuiteProof {

    static final String VERDICT_READY = "HA DESIGN PARTNER READY";
    static final String VERDICT_NOT_READY = "HA NOT READY";

    private final HaEvidence evidence;
    private final HaMatrix matrix;

    Val26Proof(HaEvidence evidence) {
        this.evidence = evidence;
        this.matrix = new HaMatrix(evidence);
    }

    @Override
    public List<PlanNode> plan() {
        List<PlanNode> plan = new ArrayList<>();
        for (SliceEvidence slice : evidence.all()) {
            plan.add(withFigures(SliceChecks.group(slice), slice));
        }
        plan.add(CheckGroup.of("window", "Evidence window", null, List.of(matrix.window())));
        plan.add(CheckGroup.matrix("matrix", "10-Check Matrix", matrix.matrix()));
        return plan;
    }

    /** The slice's own checks, then the test of its figures against the seed's targets (when readable). */
    private CheckGroup withFigures(CheckGroup group, SliceEvidence slice) {
        List<PlanNode> children = new ArrayList<>(group.children());
        SliceFigures.check(slice.spec(), evidence).ifPresent(children::add);
        return new CheckGroup(group.key(), group.displayName(), group.matrix(), group.source(), children);
    }

    @Override
    public List<ReadinessLevel> readiness() {
        return HaReadiness.levels();
    }

    /** Pure: HA DESIGN PARTNER READY exactly when the design-partner level is met. */
    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        boolean ready = readiness.stream().anyMatch(r -> r.level().equals(HaReadiness.DESIGN_PARTNER) && r.ready());
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
        return "val26-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        return new Val26TextReport(evidence, result).render();
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        new Val26JsonSections(evidence).addTo(report);
    }
}

package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.Verdicts;
import dev.junitproof.suites.charts.ChartRenderer;
import dev.junitproof.suites.slices.SliceConsolidationProof;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.List;
import java.util.Map;

/**
 * What VAL25 proves about one cli-audit-lab directory: each slice's own checks, a check per figure the seed gives a
 * target, the evidence window and a trust-but-verify check, the 10-check matrix, and the three readiness levels.
 */
final class Val25Proof extends SliceConsolidationProof {

    static final String VERDICT_READY = "DESIGN PARTNER READY";
    static final String VERDICT_NOT_READY = "NOT READY";

    private final FleetEvidence evidence;
    private final FleetMatrix matrix;

    Val25Proof(FleetEvidence evidence) {
        super(evidence.slices());
        this.evidence = evidence;
        this.matrix = new FleetMatrix(evidence);
    }

    @Override
    protected List<PlanNode> suiteGroups() {
        return List.of(
                FleetFigures.group(evidence),
                CheckGroup.of("verify", "Evidence window and trust-but-verify", null,
                        List.of(matrix.window(), matrix.percentiles())),
                CheckGroup.matrix("matrix", "10-Check Matrix", matrix.matrix()));
    }

    @Override
    protected String coverageCheck(SliceSpec slice) {
        return FleetMatrix.SLICE_CHECKS.get(FleetSlices.ALL.indexOf(slice));
    }

    @Override
    public List<ReadinessLevel> readiness() {
        return FleetReadiness.levels();
    }

    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        Map<String, String> verdicts = new java.util.LinkedHashMap<>();
        verdicts.put(FleetReadiness.DESIGN_PARTNER, VERDICT_READY);
        verdicts.put(FleetReadiness.GA, "GA READY");
        verdicts.put(FleetReadiness.PUBLIC_PRODUCTION, "PUBLIC PRODUCTION READY");
        return Verdicts.highestReached(readiness, verdicts, VERDICT_NOT_READY);
    }

    @Override
    public String reportName() {
        return "val25-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        return new Val25TextReport(evidence, coverage(), result).render();
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        new Val25JsonSections(evidence, result.outcomes()).addTo(report);
    }

    /** VAL07 latency against its targets and VAL08 throughput per tier, each when its slice could be read. */
    @Override
    public List<BinaryReportFile> charts(ProofResult result) {
        return ChartRenderer.pngs(List.of(LatencyChart.of(evidence), ThroughputChart.of(evidence)));
    }

    @Override
    public Map<String, String> environment() {
        return Val25TextReport.environment(evidence);
    }
}

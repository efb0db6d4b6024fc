package dev.junitproof.suites.val26;

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

/** What VAL26 proves about one cli-audit-lab directory: the HA slices, the window, the matrix, the levels. */
final class Val26Proof extends SliceConsolidationProof {

    static final String VERDICT_READY = "HA DESIGN PARTNER READY";
    static final String VERDICT_NOT_READY = "HA NOT READY";

    private final HaEvidence evidence;
    private final HaMatrix matrix;

    Val26Proof(HaEvidence evidence) {
        super(evidence.slices());
        this.evidence = evidence;
        this.matrix = new HaMatrix(evidence);
    }

    @Override
    protected List<PlanNode> suiteGroups() {
        return List.of(
                HaFigures.group(evidence),
                CheckGroup.of("window", "Evidence window", null, List.of(matrix.window())),
                CheckGroup.matrix("matrix", "10-Check Matrix", matrix.matrix()));
    }

    @Override
    protected String coverageCheck(SliceSpec slice) {
        return HaMatrix.SLICE_CHECKS.get(HaSlices.ALL.indexOf(slice));
    }

    @Override
    public List<ReadinessLevel> readiness() {
        return HaReadiness.levels();
    }

    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        Map<String, String> verdicts = new java.util.LinkedHashMap<>();
        verdicts.put(HaReadiness.DESIGN_PARTNER, VERDICT_READY);
        verdicts.put(HaReadiness.GA, "HA GA READY");
        verdicts.put(HaReadiness.PUBLIC_PRODUCTION, "HA PUBLIC PRODUCTION READY");
        return Verdicts.highestReached(readiness, verdicts, VERDICT_NOT_READY);
    }

    @Override
    public String reportName() {
        return "val26-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        return new Val26TextReport(evidence, coverage(), result).render();
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        new Val26JsonSections(evidence).addTo(report);
    }

    /** VAL13 failover timings against the 5 s line, when VAL13 could be read. */
    @Override
    public List<BinaryReportFile> charts(ProofResult result) {
        return ChartRenderer.pngs(List.of(FailoverChart.of(evidence)));
    }

    @Override
    public Map<String, String> environment() {
        return Val26TextReport.environment(evidence);
    }
}

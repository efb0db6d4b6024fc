package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.api.suite.Verdicts;
import dev.junitproof.suites.charts.ChartRenderer;
import dev.junitproof.suites.slices.SliceChecks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What VAL27 proves about one evidence root; holds the evidence read, builds the plan and the reports. */
final class Val27Proof implements SuiteProof {

    static final String READY = "RELAY DESIGN PARTNER READY";
    static final String NOT_READY = "RELAY NOT READY";

    private final RelayEvidence evidence;

    Val27Proof(RelayEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public List<PlanNode> plan() {
        List<PlanNode> own = new ArrayList<>();
        own.add(FigureChecks.group(evidence));
        own.add(CheckGroup.of("campaign", "Campaign window: " + CampaignChecks.WINDOW_TITLE, null,
                List.of(CampaignChecks.window(evidence.window()))));
        MatrixChecks matrix = new MatrixChecks(evidence);
        own.add(CheckGroup.matrix("matrix", "10-Check Matrix", matrix.all()));
        own.add(CheckGroup.matrix("soak", "GA gate: VAL24 soak " + soakLocation(), List.of(SoakCheck.of(evidence.soak()))));
        // A lab check recorded under one of VAL27's own ids (VAL19-outage, VAL27-06) is shown renamed, never a crash.
        java.util.Set<String> reserved = new java.util.HashSet<>();
        collectIds(own, reserved);
        List<PlanNode> plan = new ArrayList<>();
        for (CoreSlice core : evidence.ordered()) {
            plan.add(sliceGroup(core, reserved));
        }
        plan.addAll(own);
        return plan;
    }

    private static void collectIds(List<PlanNode> nodes, java.util.Set<String> ids) {
        for (PlanNode node : nodes) {
            if (node instanceof dev.junitproof.api.suite.CheckSpec spec) {
                ids.add(spec.id());
            } else if (node instanceof CheckGroup group) {
                collectIds(group.children(), ids);
            }
        }
    }

    /**
     * The shared slice group (its report check first, then the lab's checks), named after the directory chosen
     * and the candidates passed over. Lab check ids that would collide are already made unique by SliceChecks.
     */
    private static CheckGroup sliceGroup(CoreSlice core, java.util.Set<String> reserved) {
        CheckGroup shared = SliceChecks.group(core.evidence(), reserved);
        String name = core.slice() + " " + core.slice().title() + " — " + core.directory().describe();
        return new CheckGroup(shared.key(), name, false, SourceRef.file(core.path()), shared.children());
    }

    private String soakLocation() {
        Soak soak = evidence.soak();
        return "— " + soak.directory().describe();
    }

    @Override
    public List<ReadinessLevel> readiness() {
        return RelayReadiness.levels();
    }

    /**
     * The highest level reached. Design Partner also needs VAL27-10 (the matrix's own summary row) passed; VAL24 is
     * not part of it. GA and Public Production include Design Partner's criteria, so they cannot be reached without it.
     */
    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        if (!outcomes.passed(MatrixChecks.SUMMARY_ID)) {
            return NOT_READY;
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put(RelayReadiness.DESIGN_PARTNER, READY);
        verdicts.put(RelayReadiness.GA, "RELAY GA READY");
        verdicts.put(RelayReadiness.PUBLIC_PRODUCTION, "RELAY PUBLIC PRODUCTION READY");
        return Verdicts.highestReached(readiness, verdicts, NOT_READY);
    }

    @Override
    public List<CoverageRow> coverage() {
        List<CoverageRow> rows = new ArrayList<>();
        for (CoreSlice core : evidence.ordered()) {
            rows.add(new CoverageRow(core.slice().name(), core.slice().title(), MatrixChecks.sliceCheckId(core.slice()),
                    (int) core.evidence().passedChecks(), RelaySlice.EXPECTED_CHECKS, core.problem()));
        }
        Soak soak = evidence.soak();
        SoakGate gate = soak.gate();
        int passed = soak.judged().map(r -> (int) r.matrixChecks().stream()
                .filter(c -> c.status() == CheckStatus.PASS).count()).orElse(0);
        int total = soak.judged().map(r -> r.matrixChecks().size()).orElse(0);
        // The soak's standing, not a slice status: PENDING while it runs (the engine's CoverageRow admits it).
        rows.add(new CoverageRow("VAL24", SoakSummary.NAME, SoakCheck.ID, passed, total,
                gate.reason()));
        return rows;
    }

    @Override
    public String reportName() {
        return "val27-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        return new Val27TextReport(evidence, result, coverage()).render();
    }

    /** VAL20 throughput per tier (beta), when VAL20 could be read. */
    @Override
    public List<BinaryReportFile> charts(ProofResult result) {
        return ChartRenderer.pngs(List.of(ThroughputChart.of(evidence)));
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        Val27JsonReport.add(report, evidence, result);
    }
}

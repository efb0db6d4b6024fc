package dev.junitproof.suites.val25;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.Target;
import dev.junitproof.suites.slices.SliceReportSections;
import dev.junitproof.suites.text.Numbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human-readable VAL25 report, section for section and line for line as the seed's §7 prints it. The seed's
 * export lost its indentation; this adds it back (two spaces per level) and aligns the columns. Lines the seed
 * elides with "..." are filled with what they stand for: the out-of-scope list and each level's criteria.
 * It is a view of the recorded outcomes: every status word is the outcome of the check that judges the figure or
 * row beside it, and it compares no figure with a target itself.
 */
final class Val25TextReport {

    static final List<String> OUT_OF_SCOPE = List.of(
            "PostgreSQL backend validation (single-node SQLite only)",
            "30-day durability soak (covered by VAL12)",
            "Multi-node or multi-region deployment testing",
            "SIGKILL chaos (SIGTERM only)",
            "Concurrent-under-kill write requests",
            "Edge-agent reconnect after control-plane restart",
            "Throughput beyond N=100 concurrent plans");

    private final FleetEvidence evidence;
    private final List<CoverageRow> coverage;
    private final ProofResult result;
    private final Outcomes outcomes;
    private final List<String> out = new java.util.ArrayList<>();

    Val25TextReport(FleetEvidence evidence, List<CoverageRow> coverage, ProofResult result) {
        this.evidence = evidence;
        this.coverage = coverage;
        this.result = result;
        this.outcomes = result.outcomes();
    }

    String render() {
        out.add("VAL25 — Fleet Rollout Proof Report");
        out.add("Generated: " + result.generatedText());
        out.add("Evidence dir: " + result.evidenceDir());
        out.add("");
        environment();
        SliceReportSections.coverage(out, coverage, outcomes);
        latency();
        throughput();
        recovery();
        chaos();
        stuckDetection();
        SliceReportSections.matrix(out, FleetMatrix.TITLES, FleetMatrix.METRIC_CHECKS, outcomes);
        limitations();
        SliceReportSections.readiness(out, FleetReadiness.levels(),
                List.of("DESIGN PARTNER READY", "GA READY", "PUBLIC PRODUCTION CLAIM"), result);
        out.add("Verdict: " + result.verdictText());
        return String.join("\n", out) + "\n";
    }

    /** The "Environment:" lines, label to value in report order: printed here, published for Allure. */
    static Map<String, String> environment(FleetEvidence evidence) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Backend", "SQLite (single-node, in-process)");
        lines.put("Chaos", "SIGTERM only (no SIGKILL, no iptables, no network partitions)");
        lines.put("Topology", "Single-node, single-region");
        lines.put("Test suite", "VAL07–VAL11 (5 validation slices, embedded in run_cli_audit_lab.sh)");
        lines.put("Evidence", evidence.slices().windowLine());
        return lines;
    }

    private void environment() {
        out.add("Environment:");
        environment(evidence).forEach((label, value) -> out.add(String.format("  %-11s %s", label + ":", value)));
        out.add("");
        out.add("  Note: All latency and throughput figures are from controlled lab runs on");
        out.add("        a single host. Results are NOT representative of multi-node or");
        out.add("        production-scale deployments.");
        out.add("");
    }

    private void latency() {
        out.add("Latency Metrics (VAL07):");
        Optional<Val07Report> val07 = evidence.val07();
        if (val07.isEmpty()) {
            out.add("  MISSING: " + evidence.slices().slice(FleetSlices.VAL07).detail());
            out.add("");
            return;
        }
        Latency create = val07.get().planCreate();
        Latency list = val07.get().planList();
        out.add("  Samples (plan_create): " + create.samples()
                + SliceReportSections.unlessPassed(outcomes, LatencyFigures.SAMPLES));
        out.add(metric("p50:", VerifiedPercentile.of("plan_create", create, 50), FleetTargets.PLAN_CREATE_P50, LatencyFigures.P50));
        out.add(metric("p95:", VerifiedPercentile.of("plan_create", create, 95), FleetTargets.PLAN_CREATE_P95, LatencyFigures.P95));
        out.add(metric("p99:", VerifiedPercentile.of("plan_create", create, 99), FleetTargets.PLAN_CREATE_P99, LatencyFigures.P99));
        out.add(metric("plan_list p99:", VerifiedPercentile.of("plan_list", list, 99), FleetTargets.PLAN_LIST_P99,
                LatencyFigures.LIST_P99));
        Concurrent c = val07.get().concurrent();
        // The seed prints this line without a status word; it names a check here only when one did not pass.
        out.add("  Concurrent: " + c.succeeded() + "/" + c.requests() + " succeeded  wall="
                + FleetTargets.wall(c.wallMs()).against(FleetTargets.CONCURRENT_WALL) + "  [target: all ok, wall "
                + FleetTargets.CONCURRENT_WALL.text() + "]"
                + SliceReportSections.unlessPassed(outcomes, LatencyFigures.CONCURRENT_OK, LatencyFigures.CONCURRENT_WALL));
        out.add("");
    }

    /**
     * The reported figure against its target, and the status of the check that judges it (on the figure's own
     * samples): a reported p99 of 24.1 ms whose samples give 612.0 ms prints FAIL and why, never PASS.
     */
    private String metric(String label, VerifiedPercentile percentile, Target target, String checkId) {
        return String.format("  %-15s %7s  [target %s]  %s", label,
                FleetTargets.latency(percentile.reported()).against(target), target.text(),
                SliceReportSections.status(outcomes, checkId));
    }

    private void throughput() {
        out.add("Throughput Metrics (VAL08, plans/sec, SQLite single-writer):");
        Optional<Val08Report> val08 = evidence.val08();
        if (val08.isEmpty()) {
            out.add("  MISSING: " + evidence.slices().slice(FleetSlices.VAL08).detail());
            out.add("");
            return;
        }
        for (Tier tier : val08.get().tiers()) {
            String line = String.format("  %-6s %6s plans/sec", "N=" + tier.n() + ":", Numbers.fixed(tier.plansPerSec(), 2));
            if (tier.n() == 1) {
                line += "  (reference baseline)";
            } else if (tier.n() == 100) {
                line += "  wall=" + FleetTargets.wall(tier.wallMs()).against(FleetTargets.N100_WALL) + "  errors="
                        + tier.errors() + SliceReportSections.unlessPassed(outcomes, ThroughputFigures.N100_ERRORS,
                        ThroughputFigures.N100_WALL, ThroughputFigures.SCALING);
            }
            out.add(line);
        }
        if (outcomes.status(ThroughputFigures.TIERS) != CheckStatus.PASS) {
            out.add("  Tiers: " + SliceReportSections.status(outcomes, ThroughputFigures.TIERS) + " (" + ThroughputFigures.TIERS + ")");
        }
        out.add("  Note: Throughput plateau at high N is expected with SQLite (single writer).");
        out.add("        Zero errors at N=100 is the primary target, not linear scaling.");
        out.add("");
    }

    private void recovery() {
        out.add("Recovery Success Rates (VAL10, rollback reliability):");
        Optional<Val10Report> val10 = evidence.val10();
        if (val10.isEmpty()) {
            out.add("  MISSING: " + evidence.slices().slice(FleetSlices.VAL10).detail());
            out.add("");
            return;
        }
        out.add(rate("Retry batch:", val10.get().batches().retry(), FleetTargets.RETRY_RATE, RecoveryFigures.RETRY));
        out.add(rate("Rollback batch:", val10.get().batches().rollback(), FleetTargets.ROLLBACK_RATE, RecoveryFigures.ROLLBACK));
        out.add(rate("Aggregate:", val10.get().aggregate(), FleetTargets.AGGREGATE_RATE, RecoveryFigures.AGGREGATE));
        out.add("");
    }

    private String rate(String label, Batch batch, Target target, String checkId) {
        return String.format("  %-15s %-5s rate=%s  [target %s]  %s", label, batch.ok() + "/" + batch.total(),
                Measurement.rate(batch.rate()).against(target), target.text(), SliceReportSections.status(outcomes, checkId));
    }

    private void chaos() {
        out.add("Chaos Resilience (VAL11, SIGTERM-only):");
        Optional<Val11Report> val11 = evidence.val11();
        if (val11.isEmpty()) {
            out.add("  MISSING: " + evidence.slices().slice(FleetSlices.VAL11).detail());
            out.add("");
            return;
        }
        out.add(scenario("Data durability after SIGTERM restart:", ChaosFigures.DATA_DURABILITY));
        out.add(scenario("3x rapid restart resilience:", ChaosFigures.RAPID_RESTART));
        out.add(scenario("Device-unresponsive stuck detection (stuck proxy):", ChaosFigures.STUCK_PROXY));
        out.add(scenario("Bulk cascade recovery (3 plans):", ChaosFigures.CASCADE_RECOVERY));
        for (String extra : val11.get().extra()) {
            // Judged by VAL25-05 (the scenarios object is judged whole); printed in words, the lab's own.
            out.add("  Scenario the seed does not name: " + extra + " (recorded "
                    + (val11.get().passed(extra) ? "as passed" : val11.get().recorded(extra).toLowerCase()) + "; see VAL25-05)");
        }
        out.add("");
    }

    private String scenario(String label, String checkId) {
        return String.format("  %-51s %s", label, outcomes.status(checkId));
    }

    private void stuckDetection() {
        out.add("Stuck Detection Accuracy (VAL09):");
        Optional<Val09Report> val09 = evidence.val09();
        if (val09.isEmpty()) {
            out.add("  MISSING: " + evidence.slices().slice(FleetSlices.VAL09).detail());
            out.add("");
            return;
        }
        Val09Report r = val09.get();
        out.add("  Threshold:        " + Numbers.seconds(r.config().thresholdS()));
        out.add("  Injection sleep:  " + Numbers.seconds(r.config().injectionSleepS()));
        out.add("  Empty scans:      " + r.scans().empty() + "  (no false positives on fresh plans)");
        out.add("  Stale detected:   " + r.scans().staleDetected() + "  (stuck plans caught above threshold)");
        out.add("  Final scan count: " + r.scans().finalCount() + "  (one residual stuck plan after recovery)");
        out.add("");
    }

    private void limitations() {
        out.add("Known Failures and Limitations:");
        SliceReportSections.failures(out, FleetMatrix.TITLES, outcomes);
        // The window, the percentile verification and the figure checks are not matrix rows, yet a failure of any
        // is a known failure: a plan_list p50 its samples contradict is printed nowhere else in this report.
        SliceReportSections.failures(out, FleetMatrix.SUPPORTING_CHECKS, outcomes);
        SliceReportSections.failures(out, FleetFigures.IDS, outcomes);
        for (String item : OUT_OF_SCOPE) {
            out.add("  - Out of scope: " + item);
        }
        out.add("");
    }

}

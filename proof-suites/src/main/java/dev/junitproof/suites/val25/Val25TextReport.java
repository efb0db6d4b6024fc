package dev.junitproof.suites.val25;

import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.suites.slices.SliceReportSections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human-readable VAL25 report, section for section and line for line as the seed's §7 prints it. The seed's
 * export lost its indentation; this adds it back (two spaces per level) and aligns the columns. Lines the seed
 * elides with "..." are filled with what they stand for: the out-of-scope list and each level's criteria.
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
    private final ProofResult result;
    private final Outcomes outcomes;
    private final List<String> out = new java.util.ArrayList<>();

    Val25TextReport(FleetEvidence evidence, ProofResult result) {
        this.evidence = evidence;
        this.result = result;
        this.outcomes = result.outcomes();
    }

    String render() {
        out.add("VAL25 — Fleet Rollout Proof Report");
        out.add("Generated: " + result.generatedText());
        out.add("Evidence dir: " + result.evidenceDir());
        out.add("");
        environment();
        SliceReportSections.coverage(out, evidence.slices().all());
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
        out.add("  Samples (plan_create): " + create.samples());
        out.add(metric("p50:", VerifiedPercentile.of("plan_create", create, 50, create.p50Ms()), 100));
        out.add(metric("p95:", VerifiedPercentile.of("plan_create", create, 95, create.p95Ms()), 300));
        out.add(metric("p99:", VerifiedPercentile.of("plan_create", create, 99, create.p99Ms()), 500));
        out.add(metric("plan_list p99:", VerifiedPercentile.of("plan_list", list, 99, list.p99Ms()), 500));
        Concurrent c = val07.get().concurrent();
        out.add("  Concurrent: " + c.succeeded() + "/" + c.requests() + " succeeded  wall=" + Format.ms0(c.wallMs())
                + " ms  [target: all ok, wall <= 2000 ms]");
        out.add("");
    }

    /**
     * A measured figure against its target. PASS needs the figure to be supported by its own samples: a reported
     * p99 of 24.1 ms whose samples give 612.0 ms prints FAIL with both values, never PASS.
     */
    private static String metric(String label, VerifiedPercentile percentile, int target) {
        String line = String.format("  %-15s %6s ms  [target <= %d ms]  %s", label, Format.ms1(percentile.reported()),
                target, percentile.meets(target) ? "PASS" : "FAIL");
        return percentile.agrees() ? line
                : line + "  (nearest rank of samples_ms: " + percentile.recomputedText() + " ms)";
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
            String line = String.format("  %-6s %6s plans/sec", "N=" + tier.n() + ":", Format.rate2(tier.plansPerSec()));
            if (tier.n() == 1) {
                line += "  (reference baseline)";
            } else if (tier.n() == 100) {
                line += "  wall=" + Format.ms0(tier.wallMs()) + " ms  errors=" + tier.errors();
            }
            out.add(line);
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
        Batch retry = val10.get().batches().retry();
        Batch rollback = val10.get().batches().rollback();
        out.add(rate("Retry batch:", retry, retry.meets(FleetMatrix.AGGREGATE_TARGET)));
        out.add(rate("Rollback batch:", rollback, rollback.meets(FleetMatrix.AGGREGATE_TARGET)));
        // The aggregate is recomputed from the counts; a batch that contradicts itself voids it.
        Batch aggregate = val10.get().aggregate();
        out.add(rate("Aggregate:", aggregate,
                retry.consistent() && rollback.consistent() && aggregate.meets(FleetMatrix.AGGREGATE_TARGET)));
        out.add("");
    }

    private static String rate(String label, Batch batch, boolean pass) {
        String line = String.format("  %-15s %-5s rate=%s  [target >= 0.990]  %s", label, batch.ok() + "/" + batch.total(),
                Format.rate4(batch.rate()), pass ? "PASS" : "FAIL");
        return batch.consistent() ? line : line + "  (ok exceeds total)";
    }

    private void chaos() {
        out.add("Chaos Resilience (VAL11, SIGTERM-only):");
        Optional<Val11Report> val11 = evidence.val11();
        if (val11.isEmpty()) {
            out.add("  MISSING: " + evidence.slices().slice(FleetSlices.VAL11).detail());
            out.add("");
            return;
        }
        Val11Report.Scenarios s = val11.get().scenarios();
        out.add(scenario("Data durability after SIGTERM restart:", s.dataDurability()));
        out.add(scenario("3x rapid restart resilience:", s.rapidRestart3x()));
        out.add(scenario("Device-unresponsive stuck detection (stuck proxy):", s.stuckProxyDetection()));
        out.add(scenario("Bulk cascade recovery (3 plans):", s.cascadeRecovery()));
        out.add("");
    }

    private static String scenario(String label, String outcome) {
        return String.format("  %-51s %s", label, outcome);
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
        out.add("  Threshold:        " + Format.seconds(r.config().thresholdS()) + " s");
        out.add("  Injection sleep:  " + Format.seconds(r.config().injectionSleepS()) + " s");
        out.add("  Empty scans:      " + r.scans().empty() + "  (no false positives on fresh plans)");
        out.add("  Stale detected:   " + r.scans().staleDetected() + "  (stuck plans caught above threshold)");
        out.add("  Final scan count: " + r.scans().finalCount() + "  (one residual stuck plan after recovery)");
        out.add("");
    }

    private void limitations() {
        out.add("Known Failures and Limitations:");
        SliceReportSections.failures(out, FleetMatrix.TITLES, outcomes);
        // The window and the percentile verification are not matrix rows, yet a failure of either is a known
        // failure: a plan_list figure its samples contradict is printed nowhere else in this report.
        SliceReportSections.failures(out, FleetMatrix.SUPPORTING_CHECKS, outcomes);
        for (String item : OUT_OF_SCOPE) {
            out.add("  - Out of scope: " + item);
        }
        out.add("");
    }

}

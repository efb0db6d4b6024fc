package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.suites.slices.SliceFixture;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixture generator for VAL25: one cli-audit-lab directory whose defaults are the seed's §7 sample figures.
 * Every field varies in one line ({@code set("VAL07", "/plan_create/p99_ms", 500.1)}, {@code without("VAL09")},
 * {@code failCheck("VAL08", 5)}), so each edge case is cheap to state.
 */
final class FleetFixture extends SliceFixture<FleetFixture> {

    static final String UNIT = "cli-audit-lab-2026-03-23";

    /** Sorted so nearest rank gives p50 = 12.4 (rank 10), p95 = 19.8 (rank 19), p99 = 24.1 (rank 20). */
    static final List<Double> PLAN_CREATE_MS = List.of(8.1, 8.9, 9.4, 10.0, 10.6, 11.0, 11.5, 11.9, 12.2, 12.4,
            12.9, 13.5, 14.1, 14.8, 15.6, 16.5, 17.7, 18.9, 19.8, 24.1);
    /** p50 = 5.2, p95 = 7.9, p99 = 8.3. */
    static final List<Double> PLAN_LIST_MS = List.of(3.9, 4.1, 4.3, 4.5, 4.6, 4.8, 4.9, 5.0, 5.1, 5.2,
            5.4, 5.6, 5.8, 6.1, 6.4, 6.8, 7.2, 7.6, 7.9, 8.3);

    private static final Map<String, List<String>> CHECK_NAMES = Map.of(
            "VAL07", List.of("plan_create_samples_collected", "plan_create_p50_within_target", "plan_create_p95_within_target",
                    "plan_create_p99_within_target", "plan_list_samples_collected", "plan_list_p99_within_target",
                    "concurrent_all_succeeded", "concurrent_wall_within_target", "report_written"),
            "VAL08", List.of("tier_n1_zero_errors", "tier_n10_zero_errors", "tier_n50_zero_errors", "tier_n100_wall_recorded",
                    "primary_n100_zero_errors", "tier_n100_wall_within_target", "throughput_n100_ge_n1", "plans_persisted",
                    "no_sqlite_busy_errors", "report_written"),
            "VAL09", List.of("threshold_configured", "fresh_plans_not_stuck", "stale_plan_detected", "paused_plan_excluded",
                    "terminal_plan_excluded", "detection_above_threshold_only", "scan_idempotent", "recovery_clears_stuck",
                    "final_scan_residual", "report_written"),
            "VAL10", List.of("retry_batch_created", "retry_batch_completed", "retry_success_rate", "rollback_batch_created",
                    "rollback_batch_completed", "rollback_success_rate", "aggregate_success_rate", "no_orphan_plans",
                    "audit_log_complete", "report_written"),
            "VAL11", List.of("cp_started", "sigterm_clean_exit", "data_durability_post_restart", "rapid_restart_3x",
                    "stuck_proxy_detected", "cascade_plans_stuck", "cascade_manual_intervention", "cascade_terminal_states",
                    "cp_healthy_after_chaos", "report_written"));

    private static final Map<String, String> TITLES = Map.of(
            "VAL07", "Fleet Rollout Latency Baseline",
            "VAL08", "Fleet Rollout Throughput Validation",
            "VAL09", "Stuck Rollout Detection",
            "VAL10", "Rollback Reliability Validation",
            "VAL11", "Fleet Rollout Chaos Test Pack");

    private static final Map<String, String> GENERATED_AT = Map.of(
            "VAL07", "2026-03-23T10:15:02Z",
            "VAL08", "2026-03-23T10:32:40Z",
            "VAL09", "2026-03-23T10:51:13Z",
            "VAL10", "2026-03-23T11:05:55Z",
            "VAL11", "2026-03-23T11:40:21Z");

    /** The reports as built, to append to their check lists (the base class offers set/remove by pointer only). */
    private final Map<String, ObjectNode> built = new HashMap<>();

    private FleetFixture() {
        val07(envelope("VAL07"));
        val08(envelope("VAL08"));
        val09(envelope("VAL09"));
        val10(envelope("VAL10"));
        val11(envelope("VAL11"));
    }

    @Override
    protected FleetFixture self() {
        return this;
    }

    /** The seed's §7 sample: every slice passes, every target met, one coherent window. */
    static FleetFixture passing() {
        return new FleetFixture();
    }

    private ObjectNode envelope(String val) {
        ObjectNode report = report(val, TITLES.get(val), GENERATED_AT.get(val), CHECK_NAMES.get(val));
        built.put(val, report);
        return report;
    }

    private static void val07(ObjectNode r) {
        latency(r.putObject("plan_create"), 12.4, 19.8, 24.1, PLAN_CREATE_MS);
        latency(r.putObject("plan_list"), 5.2, 7.9, 8.3, PLAN_LIST_MS);
        ObjectNode concurrent = r.putObject("concurrent");
        concurrent.put("requests", 5);
        concurrent.put("succeeded", 5);
        concurrent.put("wall_ms", 142);
        ((ObjectNode) r.path("checks").get(0)).put("detail", "20/20 samples");
    }

    private static void latency(ObjectNode node, double p50, double p95, double p99, List<Double> samples) {
        node.put("samples", samples.size());
        node.put("p50_ms", p50);
        node.put("p95_ms", p95);
        node.put("p99_ms", p99);
        ArrayNode values = node.putArray("samples_ms");
        samples.forEach(values::add);
    }

    private static void val08(ObjectNode r) {
        ArrayNode tiers = r.putArray("tiers");
        tier(tiers, 1, 54, 18.42);
        tier(tiers, 10, 161, 62.11);
        tier(tiers, 50, 673, 74.33);
        tier(tiers, 100, 6409, 78.05);
    }

    private static void tier(ArrayNode tiers, int n, double wallMs, double plansPerSec) {
        ObjectNode tier = tiers.addObject();
        tier.put("n", n);
        tier.put("wall_ms", wallMs);
        tier.put("errors", 0);
        tier.put("plans_per_sec", plansPerSec);
    }

    private static void val09(ObjectNode r) {
        ObjectNode config = r.putObject("config");
        config.put("threshold_s", 3);
        config.put("injection_sleep_s", 4);
        ObjectNode scans = r.putObject("scans");
        scans.put("empty", 1);
        scans.put("stale_detected", 1);
        scans.put("final", 1);
    }

    private static void val10(ObjectNode r) {
        ObjectNode batches = r.putObject("batches");
        batch(batches.putObject("retry"), 5, 5);
        batch(batches.putObject("rollback"), 5, 5);
    }

    private static void batch(ObjectNode node, int total, int ok) {
        node.put("total", total);
        node.put("ok", ok);
    }

    private static void val11(ObjectNode r) {
        ObjectNode scenarios = r.putObject("scenarios");
        scenarios.put("data_durability", "PASS");
        scenarios.put("rapid_restart_3x", "PASS");
        scenarios.put("stuck_proxy_detection", "PASS");
        scenarios.put("cascade_recovery", "PASS");
    }

    /** plan_create p99 as both the reported figure and the top sample, so the two agree. */
    FleetFixture planCreateP99(double ms) {
        set("VAL07", "/plan_create/p99_ms", ms);
        return set("VAL07", "/plan_create/samples_ms/19", ms);
    }

    FleetFixture batches(int retryTotal, int retryOk, int rollbackTotal, int rollbackOk) {
        set("VAL10", "/batches/retry/total", retryTotal).set("VAL10", "/batches/retry/ok", retryOk);
        return set("VAL10", "/batches/rollback/total", rollbackTotal).set("VAL10", "/batches/rollback/ok", rollbackOk);
    }

    /** A further check appended to the slice's list (e.g. an eleventh, {@code VAL10-11}). */
    FleetFixture addCheck(String val, String id, String name, String result) {
        ObjectNode check = ((ArrayNode) built.get(val).path("checks")).addObject();
        check.put("id", id);
        check.put("name", name);
        check.put("result", result);
        return this;
    }

    /** plan_create's samples as the lab recorded them, with {@code samples} following their count. */
    FleetFixture planCreateSamples(List<Double> samplesMs) {
        set("VAL07", "/plan_create/samples_ms", samplesMs);
        return set("VAL07", "/plan_create/samples", samplesMs.size());
    }

    /** Regenerates the README's sample: {@code examples/evidence/cli-audit-lab-2026-03-23/val07..val11}. */
    public static void main(String[] args) {
        passing().writeTo(Path.of(args.length > 0 ? args[0] : "examples/evidence"));
    }

    /** Writes {@code <root>/cli-audit-lab-2026-03-23/valNN-report.json} and returns the unit directory. */
    Path writeTo(Path root) {
        return writeTo(root, UNIT);
    }
}

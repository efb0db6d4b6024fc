package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.suites.slices.SliceFixture;
import dev.junitproof.testing.ApprovalsFixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fixture generator for VAL26: the five HA reports of one cli-audit-lab directory, defaults = the seed's §7
 * sample figures (SIGTERM 342 ms, SIGKILL 389 ms, rapid 281/305/318 ms, lag 0/0/1 ms, backup 1247 ms, ...).
 */
final class HaFixture extends SliceFixture<HaFixture> {

    static final String UNIT = "cli-audit-lab-2026-03-23";

    private static final Map<String, List<String>> CHECK_NAMES = Map.of(
            "VAL13", List.of("cluster_started", "leader_elected", "sigterm_failover_within_5s", "zero_data_loss",
                    "sigkill_failover_within_5s", "rapid_cycle_1", "rapid_cycle_2", "rapid_cycle_3", "holder_id_consistent",
                    "report_written"),
            "VAL14", List.of("standby_attached", "idle_lag_sampled", "light_workload_written", "light_lag_sampled",
                    "light_drain_within_2s", "heavy_workload_written", "heavy_lag_sampled", "heavy_drain_within_5s",
                    "thresholds_derived", "report_written"),
            "VAL15", List.of("backup_created", "backup_within_30s", "sha256_cli_matches_file", "database_dropped",
                    "restore_within_60s", "restore_correctness", "row_counts_match", "payload_spot_values_match",
                    "cluster_healthy_after_restore", "report_written"),
            "VAL16", List.of("cluster_started", "metadata_injected", "epoch_divergence_detected", "detection_logged",
                    "follower_refused_stale_epoch", "metadata_recovered", "single_leader_after_recovery", "user_data_intact",
                    "no_duplicate_writes", "report_written"),
            "VAL17", List.of("cluster_started", "quorum_loss_detected", "writes_blocked", "protected_writes_refused",
                    "status_reports_degraded", "postgres_restored", "recovery_detected", "writes_unblocked",
                    "no_data_loss", "report_written"));

    private static final Map<String, String> TITLES = Map.of(
            "VAL13", "HA Failover Validation", "VAL14", "HA Replication Lag Baseline", "VAL15", "Backup/Restore Validation",
            "VAL16", "Split-Brain Chaos Validation", "VAL17", "Quorum Loss Validation");

    private static final Map<String, String> GENERATED_AT = Map.of(
            "VAL13", "2026-03-23T11:52:10Z", "VAL14", "2026-03-23T12:20:44Z", "VAL15", "2026-03-23T12:41:05Z",
            "VAL16", "2026-03-23T13:02:37Z", "VAL17", "2026-03-23T13:30:18Z");

    private HaFixture() {
        val13(envelope("VAL13"));
        val14(envelope("VAL14"));
        val15(envelope("VAL15"));
        val16(envelope("VAL16"));
        val17(envelope("VAL17"));
    }

    /** The seed's §7 sample: every slice passes, every target met, one coherent window. */
    static HaFixture passing() {
        return new HaFixture();
    }

    @Override
    protected HaFixture self() {
        return this;
    }

    private ObjectNode envelope(String val) {
        return report(val, TITLES.get(val), GENERATED_AT.get(val), CHECK_NAMES.get(val));
    }

    private static void val13(ObjectNode r) {
        ObjectNode failover = r.putObject("failover");
        failover.put("sigterm_ms", 342);
        failover.put("sigkill_ms", 389);
        ArrayNode rapid = failover.putArray("rapid_ms");
        rapid.add(281).add(305).add(318);
        failover.put("rows_before", 1200);
        failover.put("rows_after", 1200);
        failover.put("data_loss_rows", 0);
        r.putObject("method").put("poll_interval_ms", 50);
    }

    private static void val14(ObjectNode r) {
        ObjectNode lag = r.putObject("lag");
        lag.put("idle_p95_ms", 0);
        lag.put("light_p95_ms", 0);
        lag.put("light_drain_ms", 87);
        lag.put("heavy_p99_ms", 1);
        lag.put("heavy_drain_ms", 412);
        ObjectNode workload = r.putObject("workload");
        load(workload.putObject("light"), 100, 500);
        load(workload.putObject("heavy"), 500, 2000);
        ObjectNode thresholds = r.putObject("thresholds");
        thresholds.put("healthy_ms", 10);
        thresholds.put("degraded_ms", 100);
        thresholds.put("alert_ms", 500);
    }

    private static void load(ObjectNode node, int rows, int bytes) {
        node.put("rows", rows);
        node.put("bytes", bytes);
    }

    private static void val15(ObjectNode r) {
        ObjectNode backup = r.putObject("backup");
        backup.put("backup_ms", 1247);
        backup.put("restore_ms", 2891);
        String sha = "9f2c4e1b7a3d5f60812e4c9b0a7d3e5f1c2b4a6d8e0f1a3c5b7d9e1f2a4c6b8d";
        backup.put("sha256_cli", sha);
        backup.put("sha256_file", sha);
        rows(backup.putObject("rows_before"));
        rows(backup.putObject("rows_after"));
        backup.put("payload_spot_match", true);
    }

    private static void rows(ObjectNode node) {
        node.put("rollouts", 120);
        node.put("devices", 48);
        node.put("audit_log", 512);
    }

    private static void val16(ObjectNode r) {
        ObjectNode split = r.putObject("split_brain");
        split.put("epoch_divergence_detected", true);
        split.put("detection_ms", 820);
        split.put("metadata_injection_recovered", true);
        split.put("user_data_intact", true);
    }

    private static void val17(ObjectNode r) {
        ObjectNode quorum = r.putObject("quorum");
        quorum.put("loss_detection_ms", 12400);
        quorum.put("recovery_ms", 9800);
        quorum.put("write_block_active", true);
        quorum.put("can_accept_protected_writes", false);
    }

    /**
     * The sample's approvals: the three HA GA requirements no lab evidence can show, attested by the HA lead on the
     * lab's day, so the sample reaches HA GA READY and shows what an approval does.
     */
    static ApprovalsFixture gaAttested() {
        return ApprovalsFixture.approvals()
                .attested("VAL26", "HA_GA-1", "VAL18 30-day HA soak on the staging cluster: Gate D passed "
                        + "(4 scheduled failovers, max 6,120 ms, continuity 1.000, uptime 99.97%)", "ha-lead",
                        "2026-03-23", "https://tracker.example/HA-18")
                .attested("VAL26", "HA_GA-2", "Streaming-replication promotion failover validated on PostgreSQL 16 "
                        + "with Patroni: standby promoted, cluster recovered", "ha-lead", "2026-03-23",
                        "https://tracker.example/HA-21")
                .attested("VAL26", "HA_GA-3", "VAL14 alerting thresholds recalibrated against two weeks of "
                        + "production write_lag", "sre-lead", "2026-03-23", "https://tracker.example/SRE-40");
    }

    /** Regenerates the README's sample: {@code examples/evidence/cli-audit-lab-2026-03-23/val13..val17, approvals.json}. */
    public static void main(String[] args) {
        Path unit = passing().writeTo(Path.of(args.length > 0 ? args[0] : "examples/evidence"));
        gaAttested().writeTo(unit);
    }

    Path writeTo(Path root) {
        return writeTo(root, UNIT);
    }
}

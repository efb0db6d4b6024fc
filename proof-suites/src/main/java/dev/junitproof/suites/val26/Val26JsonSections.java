package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The VAL26-specific fields of the JSON report: each section's figures as data, and the threshold comparison. It
 * prints no status: each figure's is its check's, listed with the report's {@code checks}.
 */
final class Val26JsonSections {

    private final HaEvidence evidence;

    Val26JsonSections(HaEvidence evidence) {
        this.evidence = evidence;
    }

    void addTo(ObjectNode report) {
        ObjectNode window = report.putObject("evidence_window");
        window.put("coherent", evidence.slices().windowHolds());
        window.put("width_s", HaEvidence.WINDOW.width().toSeconds());
        window.put("spread_s", HaEvidence.WINDOW.spread(evidence.slices().timestamps()).toSeconds());
        window.put("reports_found", evidence.slices().found());
        evidence.val13().ifPresent(r -> {
            ObjectNode failover = report.putObject("failover");
            failover.put("sigterm_ms", r.failover().sigtermMs());
            failover.put("sigkill_ms", r.failover().sigkillMs());
            ArrayNode rapid = failover.putArray("rapid_ms");
            r.failover().rapidMs().forEach(rapid::add);
            failover.put("rows_before", r.failover().rowsBefore());
            failover.put("rows_after", r.failover().rowsAfter());
            failover.put("data_loss_rows", r.failover().dataLossRows());
            failover.put("poll_interval_ms", r.method().pollIntervalMs());
        });
        evidence.val14().ifPresent(r -> {
            ObjectNode lag = report.putObject("replication_lag");
            lag.put("idle_p95_ms", r.lag().idleP95Ms());
            lag.put("light_p95_ms", r.lag().lightP95Ms());
            lag.put("light_drain_ms", r.lag().lightDrainMs());
            lag.put("heavy_p99_ms", r.lag().heavyP99Ms());
            lag.put("heavy_drain_ms", r.lag().heavyDrainMs());
            Thresholds derived = Thresholds.derive(r.lag().idleP95Ms(), r.lag().lightP95Ms());
            thresholds(lag.putObject("derived_thresholds"), derived);
            thresholds(lag.putObject("lab_thresholds"), r.thresholds());
            lag.put("lab_thresholds_agree", r.thresholds().agreesWith(derived));
            lag.put("thresholds_note", "derived from measured lab values, not workplan targets");
        });
        evidence.val15().ifPresent(r -> {
            ObjectNode backup = report.putObject("backup_restore");
            backup.put("backup_ms", r.backup().backupMs());
            backup.put("restore_ms", r.backup().restoreMs());
            backup.put("checksum_match", r.backup().checksumsMatch());
            backup.put("row_counts_equal", r.backup().rowCountDifferences().isEmpty());
            backup.put("payload_spot_match", r.backup().payloadSpotMatch());
        });
        evidence.val16().ifPresent(r -> {
            ObjectNode split = report.putObject("split_brain");
            split.put("epoch_divergence_detected", r.splitBrain().epochDivergenceDetected());
            split.put("detection_ms", r.splitBrain().detectionMs());
            split.put("metadata_injection_recovered", r.splitBrain().metadataInjectionRecovered());
            split.put("user_data_intact", r.splitBrain().userDataIntact());
        });
        evidence.val17().ifPresent(r -> {
            ObjectNode quorum = report.putObject("quorum_loss");
            quorum.put("loss_detection_ms", r.quorum().lossDetectionMs());
            quorum.put("recovery_ms", r.quorum().recoveryMs());
            quorum.put("write_block_active", r.quorum().writeBlockActive());
            quorum.put("can_accept_protected_writes", r.quorum().canAcceptProtectedWrites());
        });
        ArrayNode gaps = report.putArray("out_of_scope");
        Val26TextReport.OUT_OF_SCOPE.forEach(gaps::add);
    }

    private static void thresholds(ObjectNode node, Thresholds t) {
        node.put("healthy_ms", t.healthyMs());
        node.put("degraded_ms", t.degradedMs());
        node.put("alert_ms", t.alertMs());
    }
}

package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


/** The VAL25-specific fields of the JSON report: the figures of each section of the text report, as data. */
final class Val25JsonSections {

    private final FleetEvidence evidence;

    Val25JsonSections(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    void addTo(ObjectNode report) {
        ObjectNode window = report.putObject("evidence_window");
        window.put("coherent", evidence.windowHolds());
        window.put("width_s", FleetEvidence.WINDOW.width().toSeconds());
        window.put("spread_s", FleetEvidence.WINDOW.spread(evidence.timestamps()).toSeconds());
        window.put("reports_found", evidence.found());

        evidence.val07().ifPresent(v -> {
            ObjectNode latency = report.putObject("latency");
            latency(latency.putObject("plan_create"), v.planCreate());
            latency(latency.putObject("plan_list"), v.planList());
            ObjectNode c = latency.putObject("concurrent");
            c.put("requests", v.concurrent().requests());
            c.put("succeeded", v.concurrent().succeeded());
            c.put("wall_ms", v.concurrent().wallMs());
        });
        evidence.val08().ifPresent(v -> {
            ObjectNode throughput = report.putObject("throughput");
            ArrayNode tiers = throughput.putArray("tiers");
            for (Tier t : v.tiers()) {
                ObjectNode tier = tiers.addObject();
                tier.put("n", t.n());
                tier.put("plans_per_sec", t.plansPerSec());
                tier.put("wall_ms", t.wallMs());
                tier.put("errors", t.errors());
            }
            throughput.put("total_errors", v.totalErrors());
        });
        evidence.val10().ifPresent(v -> {
            ObjectNode recovery = report.putObject("recovery");
            batch(recovery.putObject("retry"), v.batches().retry());
            batch(recovery.putObject("rollback"), v.batches().rollback());
            batch(recovery.putObject("aggregate"), v.aggregate());
        });
        evidence.val11().ifPresent(v -> {
            ObjectNode chaos = report.putObject("chaos");
            chaos.put("data_durability", v.scenarios().dataDurability());
            chaos.put("rapid_restart_3x", v.scenarios().rapidRestart3x());
            chaos.put("stuck_proxy_detection", v.scenarios().stuckProxyDetection());
            chaos.put("cascade_recovery", v.scenarios().cascadeRecovery());
        });
        evidence.val09().ifPresent(v -> {
            ObjectNode stuck = report.putObject("stuck_detection");
            stuck.put("threshold_s", v.config().thresholdS());
            stuck.put("injection_sleep_s", v.config().injectionSleepS());
            stuck.put("empty_scans", v.scans().empty());
            stuck.put("stale_detected", v.scans().staleDetected());
            stuck.put("final_scan_count", v.scans().finalCount());
        });
        ArrayNode limitations = report.putArray("out_of_scope");
        Val25TextReport.OUT_OF_SCOPE.forEach(limitations::add);
    }

    private static void latency(ObjectNode node, Latency latency) {
        node.put("samples", latency.samples());
        node.put("p50_ms", latency.p50Ms());
        node.put("p95_ms", latency.p95Ms());
        node.put("p99_ms", latency.p99Ms());
        ObjectNode recomputed = node.putObject("recomputed_nearest_rank");
        put(recomputed, "p50_ms", NearestRank.percentile(latency.samplesMs(), 50));
        put(recomputed, "p95_ms", NearestRank.percentile(latency.samplesMs(), 95));
        put(recomputed, "p99_ms", NearestRank.percentile(latency.samplesMs(), 99));
    }

    private static void put(ObjectNode node, String name, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            node.put(name, value.getAsDouble());
        } else {
            node.putNull(name);
        }
    }

    private static void batch(ObjectNode node, Batch batch) {
        node.put("total", batch.total());
        node.put("ok", batch.ok());
        node.put("rate", batch.rate());
    }

}

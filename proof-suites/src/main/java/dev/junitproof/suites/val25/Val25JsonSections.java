package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.suites.slices.SliceEvidence;
import dev.junitproof.suites.slices.SliceSpec;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The VAL25-specific fields of the JSON report: the figures of each section of the text report, as data. Every
 * section is always there, so a reviewer's tool never has to guess why one is absent: a section whose slice
 * could not be read says {@code "status": "MISSING"} and why. Measured figures and the seed's targets sit in
 * separate objects ({@code measured}/{@code targets}), as the seed asks the report to keep them apart.
 */
final class Val25JsonSections {

    private final FleetEvidence evidence;

    Val25JsonSections(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    void addTo(ObjectNode report) {
        window(report.putObject("evidence_window"));
        section(report, "latency", FleetSlices.VAL07, evidence.val07(), this::latency);
        section(report, "throughput", FleetSlices.VAL08, evidence.val08(), this::throughput);
        section(report, "recovery", FleetSlices.VAL10, evidence.val10(), this::recovery);
        section(report, "chaos", FleetSlices.VAL11, evidence.val11(), this::chaos);
        section(report, "stuck_detection", FleetSlices.VAL09, evidence.val09(), this::stuckDetection);
        ArrayNode limitations = report.putArray("out_of_scope");
        Val25TextReport.OUT_OF_SCOPE.forEach(limitations::add);
    }

    private void window(ObjectNode window) {
        window.put("coherent", evidence.slices().windowHolds());
        window.put("width_s", FleetEvidence.WINDOW.width().toSeconds());
        window.put("spread_s", FleetEvidence.WINDOW.spread(evidence.slices().timestamps()).toSeconds());
        window.put("reports_found", evidence.slices().found());
        ArrayNode reports = window.putArray("reports");
        for (SliceEvidence slice : evidence.slices().all()) {
            ObjectNode entry = reports.addObject();
            entry.put("slice", slice.spec().val());
            if (slice.generatedAt().isPresent()) {
                entry.put("generated_at", slice.generatedAt().get().toString());
            } else {
                entry.putNull("generated_at");
            }
        }
        evidence.slices().timestamps().stream().min(Instant::compareTo).ifPresent(t -> window.put("earliest", t.toString()));
        evidence.slices().timestamps().stream().max(Instant::compareTo).ifPresent(t -> window.put("latest", t.toString()));
    }

    private <T> void section(ObjectNode report, String name, SliceSpec spec, Optional<T> typed, BiConsumer<ObjectNode, T> fill) {
        ObjectNode section = report.putObject(name);
        section.put("slice", spec.val());
        section.put("source", spec.file());
        if (typed.isEmpty()) {
            section.put("status", "MISSING");
            section.put("detail", evidence.slices().slice(spec).detail());
            return;
        }
        section.put("status", "PRESENT");
        fill.accept(section, typed.get());
    }

    private void latency(ObjectNode section, Val07Report v) {
        ObjectNode measured = section.putObject("measured");
        latency(measured.putObject("plan_create"), "plan_create", v.planCreate());
        latency(measured.putObject("plan_list"), "plan_list", v.planList());
        ObjectNode c = measured.putObject("concurrent");
        c.put("requests", v.concurrent().requests());
        c.put("succeeded", v.concurrent().succeeded());
        c.put("wall_ms", v.concurrent().wallMs());
        ObjectNode targets = section.putObject("targets");
        targets.put("plan_create_p50_ms", 100);
        targets.put("plan_create_p95_ms", 300);
        targets.put("plan_create_p99_ms", FleetMatrix.P99_TARGET_MS);
        targets.put("plan_list_p99_ms", 500);
        targets.put("concurrent_wall_ms", 2000);
        targets.put("samples", 20);
    }

    /** Reported percentiles, the nearest-rank ones recomputed from samples_ms, and whether they agree. */
    private static void latency(ObjectNode node, String name, Latency latency) {
        node.put("samples", latency.samples());
        node.put("samples_ms_count", latency.samplesMs().size());
        ObjectNode recomputed = node.putObject("recomputed_nearest_rank");
        boolean agree = true;
        for (int p : new int[] {50, 95, 99}) {
            double reported = p == 50 ? latency.p50Ms() : p == 95 ? latency.p95Ms() : latency.p99Ms();
            VerifiedPercentile percentile = VerifiedPercentile.of(name, latency, p, reported);
            node.put("p" + p + "_ms", reported);
            if (percentile.recomputed().isPresent()) {
                recomputed.put("p" + p + "_ms", percentile.recomputed().getAsDouble());
            } else {
                recomputed.putNull("p" + p + "_ms");
            }
            agree &= percentile.agrees();
        }
        node.put("reported_agrees_with_samples", agree && latency.samplesMs().size() == latency.samples());
    }

    private void throughput(ObjectNode section, Val08Report v) {
        ObjectNode measured = section.putObject("measured");
        ArrayNode tiers = measured.putArray("tiers");
        for (Tier t : v.tiers()) {
            ObjectNode tier = tiers.addObject();
            tier.put("n", t.n());
            tier.put("plans_per_sec", t.plansPerSec());
            tier.put("wall_ms", t.wallMs());
            tier.put("errors", t.errors());
        }
        measured.put("total_errors", v.totalErrors());
        ObjectNode targets = section.putObject("targets");
        targets.put("n100_errors", 0);
        targets.put("n100_wall_ms", 30000);
        targets.put("n100_plans_per_sec_at_least_n1", true);
    }

    private void recovery(ObjectNode section, Val10Report v) {
        ObjectNode measured = section.putObject("measured");
        batch(measured.putObject("retry"), v.batches().retry());
        batch(measured.putObject("rollback"), v.batches().rollback());
        batch(measured.putObject("aggregate"), v.aggregate());
        ObjectNode targets = section.putObject("targets");
        targets.put("retry_rate", FleetMatrix.AGGREGATE_TARGET);
        targets.put("rollback_rate", FleetMatrix.AGGREGATE_TARGET);
        targets.put("aggregate_rate", FleetMatrix.AGGREGATE_TARGET);
    }

    private static void batch(ObjectNode node, Batch batch) {
        node.put("total", batch.total());
        node.put("ok", batch.ok());
        node.put("rate", batch.rate());
        node.put("consistent", batch.consistent());
    }

    private void chaos(ObjectNode section, Val11Report v) {
        ObjectNode scenarios = section.putObject("scenarios");
        scenarios.put("data_durability", v.scenarios().dataDurability());
        scenarios.put("rapid_restart_3x", v.scenarios().rapidRestart3x());
        scenarios.put("stuck_proxy_detection", v.scenarios().stuckProxyDetection());
        scenarios.put("cascade_recovery", v.scenarios().cascadeRecovery());
    }

    private void stuckDetection(ObjectNode section, Val09Report v) {
        ObjectNode config = section.putObject("config");
        config.put("threshold_s", v.config().thresholdS());
        config.put("injection_sleep_s", v.config().injectionSleepS());
        ObjectNode scans = section.putObject("scans");
        scans.put("empty", v.scans().empty());
        scans.put("stale_detected", v.scans().staleDetected());
        scans.put("final", v.scans().finalCount());
    }
}

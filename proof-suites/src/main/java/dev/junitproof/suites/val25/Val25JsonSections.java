package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.Outcomes;
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
    private final Outcomes outcomes;

    Val25JsonSections(FleetEvidence evidence, Outcomes outcomes) {
        this.evidence = evidence;
        this.outcomes = outcomes;
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
        targets.put("plan_create_p50_ms", FleetTargets.PLAN_CREATE_P50.value());
        targets.put("plan_create_p95_ms", FleetTargets.PLAN_CREATE_P95.value());
        targets.put("plan_create_p99_ms", FleetTargets.PLAN_CREATE_P99.value());
        targets.put("plan_list_p99_ms", FleetTargets.PLAN_LIST_P99.value());
        targets.put("concurrent_wall_ms", FleetTargets.CONCURRENT_WALL.value());
        targets.put("concurrent_succeeded", FleetTargets.CONCURRENT_SUCCEEDED.value());
        targets.put("samples", FleetTargets.SAMPLES.value());
    }

    /** Reported percentiles, the nearest-rank ones recomputed from samples_ms, and whether they agree. */
    private static void latency(ObjectNode node, String name, Latency latency) {
        node.put("samples", latency.samples());
        node.put("samples_ms_count", latency.samplesMs().size());
        ObjectNode recomputed = node.putObject("recomputed_nearest_rank");
        boolean agree = true;
        for (int p : new int[] {50, 95, 99}) {
            VerifiedPercentile percentile = VerifiedPercentile.of(name, latency, p);
            node.put("p" + p + "_ms", percentile.reported());
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
        targets.put("n100_errors", FleetTargets.N100_ERRORS.value());
        targets.put("n100_wall_ms", FleetTargets.N100_WALL.value());
        targets.put("n100_plans_per_sec_at_least_n1", true);
    }

    private void recovery(ObjectNode section, Val10Report v) {
        ObjectNode measured = section.putObject("measured");
        batch(measured.putObject("retry"), v.batches().retry());
        batch(measured.putObject("rollback"), v.batches().rollback());
        batch(measured.putObject("aggregate"), v.aggregate());
        ObjectNode targets = section.putObject("targets");
        targets.put("retry_rate", FleetTargets.RETRY_RATE.value());
        targets.put("rollback_rate", FleetTargets.ROLLBACK_RATE.value());
        targets.put("aggregate_rate", FleetTargets.AGGREGATE_RATE.value());
    }

    private static void batch(ObjectNode node, Batch batch) {
        node.put("total", batch.total());
        node.put("ok", batch.ok());
        node.put("rate", batch.rate());
        node.put("consistent", batch.consistent());
    }

    /**
     * Each scenario's status is the outcome of the check that judges it (never the lab's word, which that check
     * read); a scenario the seed does not name is judged by VAL25-05 and listed with it.
     */
    private void chaos(ObjectNode section, Val11Report v) {
        ObjectNode scenarios = section.putObject("scenarios");
        for (int i = 0; i < Val11Report.SEED_SCENARIOS.size(); i++) {
            String check = ChaosFigures.IDS.get(i);
            scenarios.putObject(Val11Report.SEED_SCENARIOS.get(i)).put("check", check)
                    .put("status", outcomes.status(check).name());
        }
        ArrayNode extra = section.putArray("scenarios_not_in_seed");
        for (String name : v.extra()) {
            extra.addObject().put("name", name).put("recorded_as_passed", v.passed(name)).put("check", "VAL25-05")
                    .put("status", outcomes.status("VAL25-05").name());
        }
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

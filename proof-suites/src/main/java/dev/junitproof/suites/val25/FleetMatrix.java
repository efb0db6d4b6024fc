package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceCheck;
import dev.junitproof.suites.slices.SliceEvidence;
import dev.junitproof.suites.slices.SliceMatrixChecks;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VAL25 10-check matrix (seed §5), plus the evidence-window check VAL25-10 and the design-partner level
 * rely on. Each check is a pure function of the evidence read; figures are recomputed from raw data where the
 * evidence carries it, and a reported figure that disagrees fails the check that uses it.
 */
final class FleetMatrix {

    static final String WINDOW = "VAL25-WINDOW";
    static final String VERIFY_07 = "VAL25-VERIFY-07";
    static final List<String> SLICE_CHECKS = List.of("VAL25-01", "VAL25-02", "VAL25-03", "VAL25-04", "VAL25-05");
    static final List<String> METRIC_CHECKS = List.of("VAL25-06", "VAL25-07", "VAL25-08", "VAL25-09");

    /** Checks outside the matrix that the matrix and readiness rest on, by id (for the known-failures list). */
    static final Map<String, String> SUPPORTING_CHECKS = Map.of(
            WINDOW, "Evidence window: found reports' generated_at within 6 hours",
            VERIFY_07, "VAL07 reported percentiles agree with samples_ms (nearest rank)");

    /** The seed's matrix rows (§5/§7), by id; the report appends "[target]" to the metric rows. */
    static final Map<String, String> TITLES = titles();

    static final double P99_TARGET_MS = 500.0;
    static final double AGGREGATE_TARGET = 0.990;

    private final FleetEvidence evidence;

    FleetMatrix(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    private static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("VAL25-01", "VAL07 latency report: all 9 checks passed");
        titles.put("VAL25-02", "VAL08 throughput report: all 10 checks passed");
        titles.put("VAL25-03", "VAL09 stuck detection report: all 10 checks passed");
        titles.put("VAL25-04", "VAL10 rollback reliability report: all 10 checks passed");
        titles.put("VAL25-05", "VAL11 chaos report: all 10 checks passed");
        titles.put("VAL25-06", "Latency: plan_create p99 <= 500ms");
        titles.put("VAL25-07", "Throughput: N=100 concurrent with zero errors");
        titles.put("VAL25-08", "Rollback: aggregate success rate >= 0.990");
        titles.put("VAL25-09", "Chaos: data durability preserved after SIGTERM restart");
        titles.put("VAL25-10", "Summary: design partner readiness — all five slices pass and key targets met");
        return Collections.unmodifiableMap(titles);
    }

    List<CheckSpec> matrix() {
        return List.of(
                sliceCheck("VAL25-01", FleetSlices.VAL07),
                sliceCheck("VAL25-02", FleetSlices.VAL08),
                sliceCheck("VAL25-03", FleetSlices.VAL09),
                sliceCheck("VAL25-04", FleetSlices.VAL10),
                sliceCheck("VAL25-05", FleetSlices.VAL11),
                latency(), throughput(), rollback(), durability(), summary());
    }

    private CheckSpec sliceCheck(String id, SliceSpec spec) {
        CheckSpec shared = SliceMatrixChecks.sliceAllPass(id, TITLES.get(id), evidence.slices().slice(spec), "checks passed");
        return spec.equals(FleetSlices.VAL11) ? withScenariosAgreeing(shared) : shared;
    }

    /**
     * VAL25-05 also holds the VAL11 report to its own raw outcomes: a chaos scenario recorded FAIL under an
     * all-PASS check list is a report contradicting itself, and "all checks pass" must not be claimed for it.
     */
    private CheckSpec withScenariosAgreeing(CheckSpec shared) {
        SliceEvidence slice = evidence.slices().slice(FleetSlices.VAL11);
        return new CheckSpec(shared.id(), shared.title(), shared.source(), check -> {
            shared.body().verify(check);
            List<String> failed = evidence.val11().map(v -> v.scenarios().failed()).orElse(List.of()).stream()
                    .map(name -> "/scenarios/" + name + "=FAIL").toList();
            if (!failed.isEmpty()) {
                check.source(SourceRef.of(FleetSlices.VAL11.file(), "/scenarios"))
                        .detail("val11 " + slice.passedChecks() + "/" + FleetSlices.VAL11.expectedChecks()
                                + " checks passed (its own outcomes say FAIL: " + String.join(", ", failed) + ")");
            }
            assertThat(failed).as("VAL11 scenarios recorded FAIL in val11-report.json while every check says PASS")
                    .isEmpty();
        }).withCriterion(shared.criterion() + ", and every chaos scenario PASS");
    }

    private CheckSpec latency() {
        SourceRef source = SourceRef.of(FleetSlices.VAL07.file(), "/plan_create/p99_ms");
        return new CheckSpec("VAL25-06", TITLES.get("VAL25-06"), source, check -> {
            check.source(source).target("<= 500 ms");
            Val07Report val07 = required(evidence.val07(), FleetSlices.VAL07, check);
            Latency create = val07.planCreate();
            VerifiedPercentile p99 = VerifiedPercentile.of("plan_create", create, 99, create.p99Ms());
            String measured = "measured p99=" + Format.ms1(p99.reported()) + "ms";
            check.measured(Format.ms1(p99.reported()) + " ms")
                    .detail(p99.agrees() ? measured : measured + "; samples_ms give p99=" + p99.recomputedText() + "ms");
            assertThat(create.samplesMs())
                    .as("plan_create samples_ms in val07-report.json /plan_create/samples_ms (no p99 can be recomputed)")
                    .isNotEmpty();
            assertThat(create.samplesMs())
                    .as("plan_create samples_ms count in val07-report.json /plan_create/samples_ms (samples=%d)", create.samples())
                    .hasSize(create.samples());
            assertThat(p99.agrees())
                    .as("reported p99=%sms (val07-report.json /plan_create/p99_ms) disagrees with the nearest-rank p99 "
                            + "of /plan_create/samples_ms=%sms", Format.ms1(p99.reported()), p99.recomputedText())
                    .isTrue();
            assertThat(p99.judged()).as("plan_create p99 (ms)").isLessThanOrEqualTo(P99_TARGET_MS);
        }).withCriterion("plan_create p99 <= 500 ms, the reported p99 agreeing with the nearest-rank p99 of samples_ms");
    }

    private CheckSpec throughput() {
        SourceRef source = SourceRef.of(FleetSlices.VAL08.file(), "/tiers");
        return new CheckSpec("VAL25-07", TITLES.get("VAL25-07"), source, check -> {
            check.source(source).target("errors = 0 at N=100 (VAL08-05 PASS)");
            Val08Report val08 = required(evidence.val08(), FleetSlices.VAL08, check);
            int total = val08.totalErrors();
            check.measured("total_errors=" + total).detail("total_errors=" + total);
            Optional<Tier> primary = val08.tier(100);
            assertThat(primary).as("an N=100 tier in val08-report.json /tiers").isPresent();
            Optional<SliceCheck> recorded = evidence.slices().slice(FleetSlices.VAL08).check("VAL08-05");
            assertThat(recorded.map(SliceCheck::result).orElse("absent"))
                    .as("VAL08-05 (primary N=100 scenario) recorded in val08-report.json /checks").isEqualTo("PASS");
            assertThat(primary.get().errors())
                    .as("errors at N=100 in val08-report.json /tiers (VAL08-05 recorded PASS)").isZero();
            assertThat(total).as("errors summed over every tier in val08-report.json /tiers").isZero();
        }).withCriterion("VAL08-05 PASS and zero errors at N=100, recomputed from the tiers (all tiers error-free)");
    }

    private CheckSpec rollback() {
        SourceRef source = SourceRef.of(FleetSlices.VAL10.file(), "/batches");
        return new CheckSpec("VAL25-08", TITLES.get("VAL25-08"), source, check -> {
            check.source(source).target(">= 0.990");
            Val10Report val10 = required(evidence.val10(), FleetSlices.VAL10, check);
            Batch aggregate = val10.aggregate();
            check.measured(Format.rate4(aggregate.rate()))
                    .detail("aggregate_rate=" + Format.rate4(aggregate.rate()) + " (" + aggregate.ok() + "/" + aggregate.total() + ")");
            for (Batch batch : List.of(val10.batches().retry(), val10.batches().rollback())) {
                assertThat(batch.ok()).as("a batch's ok count cannot exceed its total in val10-report.json /batches")
                        .isLessThanOrEqualTo(batch.total());
            }
            assertThat(aggregate.total()).as("batches run in val10-report.json /batches").isPositive();
            assertThat(aggregate.rate()).as("aggregate success rate (retry_ok + rollback_ok) / (retry_total + rollback_total)")
                    .isGreaterThanOrEqualTo(AGGREGATE_TARGET);
        }).withCriterion("(retry_ok + rollback_ok) / (retry_total + rollback_total) >= 0.990, from the batch counts");
    }

    private CheckSpec durability() {
        SourceRef source = SourceRef.of(FleetSlices.VAL11.file(), "/scenarios/data_durability");
        return new CheckSpec("VAL25-09", TITLES.get("VAL25-09"), source, check -> {
            check.source(source).target("data_durability PASS and VAL11-03 PASS");
            Val11Report val11 = required(evidence.val11(), FleetSlices.VAL11, check);
            Optional<SliceCheck> recorded = evidence.slices().slice(FleetSlices.VAL11).check("VAL11-03");
            check.measured("data_durability=" + val11.scenarios().dataDurability())
                    .detail("val11 VAL11-03 " + recorded.map(SliceCheck::name).orElse("(absent)"));
            assertThat(val11.scenarios().dataDurability())
                    .as("val11-report.json /scenarios/data_durability").isEqualTo("PASS");
            assertThat(recorded.map(SliceCheck::name).orElse("absent"))
                    .as("VAL11-03 in val11-report.json /checks is the durability check").isEqualTo("data_durability_post_restart");
            assertThat(recorded.get().result()).as("VAL11-03 data_durability_post_restart").isEqualTo("PASS");
        }).withCriterion("VAL11 data_durability scenario PASS and check VAL11-03 data_durability_post_restart PASS");
    }

    private CheckSpec summary() {
        List<String> dependencies = new ArrayList<>(SLICE_CHECKS);
        dependencies.addAll(METRIC_CHECKS);
        dependencies.add(WINDOW);
        return SliceMatrixChecks.summary("VAL25-10", TITLES.get("VAL25-10"), dependencies,
                "VAL25-01..09 PASS and one 6-hour evidence window")
                .withCriterion("VAL25-01..09 all PASS and evidence timestamps fall within one 6-hour window");
    }

    /** The found reports' generated_at within 6 hours (contract: max − min ≤ 6 h). */
    CheckSpec window() {
        return SliceMatrixChecks.window(WINDOW, evidence.slices().window(), evidence.slices().timestamps(),
                evidence.slices().found(), evidence.slices().expected());
    }

    /** Every VAL07 percentile the report prints agrees with its samples (trust but verify). */
    CheckSpec percentiles() {
        SourceRef source = SourceRef.of(FleetSlices.VAL07.file(), "/plan_create/samples_ms");
        return new CheckSpec(VERIFY_07, SUPPORTING_CHECKS.get(VERIFY_07), source, check -> {
            check.source(source).target("|reported - recomputed| <= 0.05 ms");
            Val07Report val07 = required(evidence.val07(), FleetSlices.VAL07, check);
            List<String> disagreements = new ArrayList<>();
            compare("plan_create", val07.planCreate(), disagreements);
            compare("plan_list", val07.planList(), disagreements);
            check.measured(disagreements.isEmpty() ? "all agree" : disagreements.size() + " disagree")
                    .detail(String.join("; ", disagreements));
            assertThat(disagreements).as("reported figures that disagree with their raw samples").isEmpty();
        }).withCriterion("p50/p95/p99 of plan_create and plan_list equal the nearest-rank percentiles of samples_ms");
    }

    private static void compare(String name, Latency latency, List<String> disagreements) {
        String file = FleetSlices.VAL07.file();
        if (latency.samplesMs().size() != latency.samples()) {
            disagreements.add(file + " /" + name + "/samples=" + latency.samples() + " but /" + name
                    + "/samples_ms holds " + latency.samplesMs().size() + " values");
        }
        List<VerifiedPercentile> percentiles = List.of(
                VerifiedPercentile.of(name, latency, 50, latency.p50Ms()),
                VerifiedPercentile.of(name, latency, 95, latency.p95Ms()),
                VerifiedPercentile.of(name, latency, 99, latency.p99Ms()));
        for (VerifiedPercentile percentile : percentiles) {
            if (!percentile.agrees()) {
                disagreements.add(percentile.disagreement());
            }
        }
    }

    /** The slice's typed fields, or a failure saying why they are missing. */
    private <T> T required(Optional<T> typed, SliceSpec spec, dev.junitproof.api.suite.CheckContext check) {
        return SliceMatrixChecks.required(typed, evidence.slices().slice(spec), check);
    }
}

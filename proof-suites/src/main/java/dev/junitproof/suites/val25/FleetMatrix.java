package dev.junitproof.suites.val25;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceCheck;
import dev.junitproof.suites.slices.SliceEvidence;
import dev.junitproof.suites.slices.SliceMatrixChecks;
import dev.junitproof.suites.slices.SliceResult;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VAL25 10-check matrix (seed §5), plus the evidence-window and verification checks VAL25-10 and the
 * design-partner level rely on. Each check is a pure function of the evidence read. A metric row whose figure has a
 * figure check of its own (VAL25-06 of VAL07-p99, VAL25-08 of VAL10-aggregate, ...) is judged by that check: the
 * figure is judged in one place, so its row, its report line and the readiness criteria can never disagree.
 */
final class FleetMatrix {

    static final String WINDOW = "VAL25-WINDOW";
    static final String VERIFY_07 = "VAL25-VERIFY-07";
    static final List<String> SLICE_CHECKS = List.of("VAL25-01", "VAL25-02", "VAL25-03", "VAL25-04", "VAL25-05");
    static final List<String> METRIC_CHECKS = List.of("VAL25-06", "VAL25-07", "VAL25-08", "VAL25-09");

    /** Checks outside the matrix that the matrix and readiness rest on, by id (for the known-failures list). */
    static final Map<String, String> SUPPORTING_CHECKS = Map.of(
            WINDOW, "Evidence window: found reports' generated_at within " + FleetTargets.WINDOW.toHours() + " hours",
            VERIFY_07, "VAL07 reported percentiles agree with samples_ms (nearest rank)");

    /** The seed's matrix rows (§5/§7), by id; the report appends "[target]" to the metric rows. */
    static final Map<String, String> TITLES = titles();

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
        // The seed's own wording ("<= 500ms", no space), printed from the target itself.
        titles.put("VAL25-06", "Latency: plan_create p99 " + FleetTargets.PLAN_CREATE_P99.comparator().symbol() + " "
                + FleetTargets.PLAN_CREATE_P99.valueText() + "ms");
        titles.put("VAL25-07", "Throughput: N=100 concurrent with zero errors");
        titles.put("VAL25-08", "Rollback: aggregate success rate " + FleetTargets.AGGREGATE_RATE.text());
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
     * all-PASS check list is a report contradicting itself, and "all checks pass" must not be claimed for it. The
     * scenarios object is judged whole: a scenario the seed does not name that did not pass fails it too.
     */
    private CheckSpec withScenariosAgreeing(CheckSpec shared) {
        SliceEvidence slice = evidence.slices().slice(FleetSlices.VAL11);
        return new CheckSpec(shared.id(), shared.title(), shared.source(), check -> {
            shared.body().verify(check);
            Optional<Val11Report> val11 = evidence.val11();
            List<String> failed = new ArrayList<>();
            List<String> inWords = new ArrayList<>();
            for (String name : val11.map(Val11Report::notPassed).orElse(List.of())) {
                boolean named = Val11Report.SEED_SCENARIOS.contains(name);
                failed.add("/scenarios/" + name + "=" + val11.get().recorded(name) + (named ? "" : " (a scenario the seed does not name)"));
                inWords.add(name + " recorded " + val11.get().recorded(name).toLowerCase() + (named ? "" : ", not named by the seed"));
            }
            if (!failed.isEmpty()) {
                // The lab's words in lower case: the line is printed beside VAL25-05's own status.
                check.source(SourceRef.of(FleetSlices.VAL11.file(), "/scenarios"))
                        .detail("val11 " + slice.passedChecks() + "/" + FleetSlices.VAL11.expectedChecks()
                                + " checks passed (its own outcomes say otherwise: " + String.join(", ", inWords) + ")");
            }
            assertThat(failed).as("VAL11 scenarios in val11-report.json /scenarios not recorded PASS while every check says PASS")
                    .isEmpty();
        }).withCriterion(shared.criterion() + ", and every chaos scenario recorded, named by the seed or not, PASS");
    }

    /** VAL25-06, judged by VAL07-p99: its line in the matrix is the seed's {@code measured p99=24.1ms}. */
    private CheckSpec latency() {
        SourceRef source = SourceRef.of(FleetSlices.VAL07.file(), "/plan_create/p99_ms");
        return new CheckSpec("VAL25-06", TITLES.get("VAL25-06"), source, check -> {
            check.source(source).target(FleetTargets.PLAN_CREATE_P99);
            Val07Report val07 = required(evidence.val07(), FleetSlices.VAL07, check);
            VerifiedPercentile p99 = VerifiedPercentile.of("plan_create", val07.planCreate(), 99);
            String why = check.outcome(LatencyFigures.P99).findings().detail();
            check.detail("measured p99=" + VerifiedPercentile.ms(p99.reported()) + "ms" + (why.isEmpty() ? "" : "; " + why));
            SliceMatrixChecks.judgedBy(check, LatencyFigures.P99);
        }).withCriterion("VAL07-p99: plan_create p99 " + FleetTargets.PLAN_CREATE_P99.text()
                + ", the reported p99 agreeing with the nearest-rank p99 of samples_ms and their count with samples");
    }

    /** VAL25-07: the lab's primary scenario VAL08-05 passed, N=100 error-free (VAL08-n100-errors), and every tier too. */
    private CheckSpec throughput() {
        SourceRef source = SourceRef.of(FleetSlices.VAL08.file(), "/tiers");
        return new CheckSpec("VAL25-07", TITLES.get("VAL25-07"), source, check -> {
            check.source(source).target("zero errors at N=100 and in every tier, VAL08-05 passed");
            Val08Report val08 = required(evidence.val08(), FleetSlices.VAL08, check);
            int total = val08.totalErrors();
            check.measured(Measurement.count(total)).detail("total_errors=" + total);
            Optional<SliceCheck> recorded = evidence.slices().slice(FleetSlices.VAL08).check("VAL08-05");
            if (recorded.map(c -> c.result() != SliceResult.PASS).orElse(true)) {
                throw new AssertionError("VAL08-05 (primary N=100 scenario) recorded "
                        + recorded.map(c -> c.result().name()).orElse("absent") + " in val08-report.json /checks");
            }
            SliceMatrixChecks.judgedBy(check, ThroughputFigures.N100_ERRORS);
            check.source(source).measured(Measurement.count(total));
            assertThat(total).as("errors summed over every tier in val08-report.json /tiers").isZero();
        }).withCriterion("VAL08-05 PASS, VAL08-n100-errors (zero errors at N=100), and zero errors summed over every tier");
    }

    /** VAL25-08, judged by VAL10-aggregate: the seed's {@code aggregate_rate=1.0000 (10/10)}. */
    private CheckSpec rollback() {
        SourceRef source = SourceRef.of(FleetSlices.VAL10.file(), "/batches");
        return new CheckSpec("VAL25-08", TITLES.get("VAL25-08"), source, check -> {
            check.source(source).target(FleetTargets.AGGREGATE_RATE);
            Batch aggregate = required(evidence.val10(), FleetSlices.VAL10, check).aggregate();
            check.detail("aggregate_rate=" + Measurement.rate(aggregate.rate()).against(FleetTargets.AGGREGATE_RATE)
                    + " (" + aggregate.ok() + "/" + aggregate.total() + ")");
            SliceMatrixChecks.judgedBy(check, RecoveryFigures.AGGREGATE);
        }).withCriterion("VAL10-aggregate: (retry_ok + rollback_ok) / (retry_total + rollback_total) "
                + FleetTargets.AGGREGATE_RATE.text() + ", from the batch counts");
    }

    /** VAL25-09: the durability scenario (VAL11-data-durability), and the lab's VAL11-03 is that check and passed. */
    private CheckSpec durability() {
        SourceRef source = SourceRef.of(FleetSlices.VAL11.file(), "/scenarios/data_durability");
        return new CheckSpec("VAL25-09", TITLES.get("VAL25-09"), source, check -> {
            check.source(source).target("data_durability recorded as passed, VAL11-03 data_durability_post_restart passed");
            required(evidence.val11(), FleetSlices.VAL11, check);
            Optional<SliceCheck> recorded = evidence.slices().slice(FleetSlices.VAL11).check("VAL11-03");
            check.detail("val11 VAL11-03 " + recorded.map(SliceCheck::name).orElse("(absent)"));
            SliceMatrixChecks.judgedBy(check, ChaosFigures.DATA_DURABILITY);
            assertThat(recorded.map(SliceCheck::name).orElse("absent"))
                    .as("VAL11-03 in val11-report.json /checks is the durability check").isEqualTo("data_durability_post_restart");
            if (recorded.get().result() != SliceResult.PASS) {
                throw new AssertionError("VAL11-03 data_durability_post_restart recorded " + recorded.get().result()
                        + " in val11-report.json /checks");
            }
        }).withCriterion("VAL11-data-durability, and check VAL11-03 data_durability_post_restart PASS");
    }

    private CheckSpec summary() {
        List<String> dependencies = new ArrayList<>(SLICE_CHECKS);
        dependencies.addAll(METRIC_CHECKS);
        dependencies.add(WINDOW);
        // A slice whose figures miss their targets, or whose percentiles its samples contradict, does not pass.
        dependencies.add(VERIFY_07);
        dependencies.addAll(FleetFigures.IDS);
        return SliceMatrixChecks.summary("VAL25-10", TITLES.get("VAL25-10"), dependencies,
                "VAL25-01..09 passed, one 6-hour evidence window, every figure within its target")
                .withCriterion("VAL25-01..09 all PASS and evidence timestamps fall within one 6-hour window "
                        + "(and every figure check and VAL25-VERIFY-07 PASS)");
    }

    /** The found reports' generated_at within 6 hours (contract: max − min ≤ 6 h). */
    CheckSpec window() {
        return SliceMatrixChecks.window(WINDOW, evidence.slices().window(), evidence.slices().timestamps(),
                evidence.slices().found(), evidence.slices().expected());
    }

    /**
     * Every VAL07 percentile the lab reports agrees with its samples (trust but verify), plan_list p50/p95 too,
     * which no target judges: a lab contradicting its own raw data is not design-partner evidence.
     */
    CheckSpec percentiles() {
        SourceRef source = SourceRef.of(FleetSlices.VAL07.file(), "/plan_create/samples_ms");
        return new CheckSpec(VERIFY_07, SUPPORTING_CHECKS.get(VERIFY_07), source, check -> {
            check.source(source).target("|reported - recomputed| <= 0.05 ms, samples = entries of samples_ms");
            Val07Report val07 = required(evidence.val07(), FleetSlices.VAL07, check);
            List<String> disagreements = new ArrayList<>();
            compare("plan_create", val07.planCreate(), disagreements);
            compare("plan_list", val07.planList(), disagreements);
            check.measured(disagreements.isEmpty() ? "all agree" : disagreements.size() + " disagree")
                    .detail(String.join("; ", disagreements));
            assertThat(disagreements).as("reported figures that disagree with their raw samples").isEmpty();
        }).withCriterion("p50/p95/p99 of plan_create and plan_list equal the nearest-rank percentiles of samples_ms, "
                + "and each samples count equals the entries of its samples_ms");
    }

    private static void compare(String name, Latency latency, List<String> disagreements) {
        String file = FleetSlices.VAL07.file();
        if (latency.samplesMs().size() != latency.samples()) {
            disagreements.add(file + " /" + name + "/samples=" + latency.samples() + " but /" + name
                    + "/samples_ms holds " + latency.samplesMs().size() + " values");
        }
        for (int p : new int[] {50, 95, 99}) {
            VerifiedPercentile percentile = VerifiedPercentile.of(name, latency, p);
            if (!percentile.agrees()) {
                disagreements.add(percentile.disagreement());
            }
        }
    }

    /** The slice's typed fields, or a failure saying why they are missing. */
    private <T> T required(Optional<T> typed, SliceSpec spec, CheckContext check) {
        return SliceMatrixChecks.required(typed, evidence.slices().slice(spec), check);
    }
}

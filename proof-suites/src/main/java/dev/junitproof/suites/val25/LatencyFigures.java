package dev.junitproof.suites.val25;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;

import java.util.List;

/**
 * VAL07's figures with a target in the seed (§3), one check each: the plan_create percentiles and plan_list p99
 * judged on the nearest rank of their own samples, the sample counts, and the concurrent 5× run. A lab's check
 * list saying PASS never stands in for any of them.
 */
final class LatencyFigures {

    static final String P50 = "VAL07-p50";
    static final String P95 = "VAL07-p95";
    static final String P99 = "VAL07-p99";
    static final String LIST_P99 = "VAL07-list-p99";
    static final String SAMPLES = "VAL07-samples";
    static final String LIST_SAMPLES = "VAL07-list-samples";
    static final String CONCURRENT_OK = "VAL07-concurrent-ok";
    static final String CONCURRENT_WALL = "VAL07-concurrent-wall";

    static final List<String> IDS = List.of(P50, P95, P99, LIST_P99, SAMPLES, LIST_SAMPLES, CONCURRENT_OK, CONCURRENT_WALL);

    private static final String FILE = FleetSlices.VAL07.file();

    private final FleetEvidence evidence;

    LatencyFigures(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    List<CheckSpec> checks() {
        return List.of(
                percentile(P50, "plan_create", 50, FleetTargets.PLAN_CREATE_P50),
                percentile(P95, "plan_create", 95, FleetTargets.PLAN_CREATE_P95),
                percentile(P99, "plan_create", 99, FleetTargets.PLAN_CREATE_P99),
                percentile(LIST_P99, "plan_list", 99, FleetTargets.PLAN_LIST_P99),
                samples(SAMPLES, "plan_create"), samples(LIST_SAMPLES, "plan_list"),
                concurrentSucceeded(), concurrentWall());
    }

    private Latency latency(Val07Report report, String name) {
        return name.equals("plan_create") ? report.planCreate() : report.planList();
    }

    /**
     * A percentile against its target. The figure judged is the stricter of the reported one and the nearest rank of
     * {@code samples_ms}; it is not met at all when the samples do not support it (none, a count that disagrees with
     * them, or a reported figure they contradict), and the check says which.
     */
    private CheckSpec percentile(String id, String name, int p, Target target) {
        String figure = name + " p" + p;
        SourceRef source = SourceRef.of(FILE, "/" + name + "/p" + p + "_ms");
        return new CheckSpec(id, figure + " " + target.text(), source, check -> {
            check.source(source).target(target);
            Val07Report report = required(check);
            VerifiedPercentile percentile = VerifiedPercentile.of(name, latency(report, name), p);
            Measurement judged = FleetTargets.latency(percentile.judged());
            check.measured(judged).detail(String.join("; ", percentile.problems()));
            if (!percentile.failures().isEmpty()) {
                throw new AssertionError(String.join("; ", percentile.failures()));
            }
            check.meets(figure, judged, target, source);
        }).withCriterion(figure + " " + target.text() + ", judged on the stricter of the reported figure and the "
                + "nearest-rank percentile of samples_ms, whose count must equal samples");
    }

    /** N = 20 samples, counted in {@code samples_ms} (the raw data), and the lab's {@code samples} must agree. */
    private CheckSpec samples(String id, String name) {
        SourceRef source = SourceRef.of(FILE, "/" + name + "/samples_ms");
        Target target = FleetTargets.SAMPLES;
        return new CheckSpec(id, name + " sample count " + target.text(), source, check -> {
            check.source(source).target(target);
            Latency latency = latency(required(check), name);
            Measurement counted = Measurement.count(latency.samplesMs().size());
            check.measured(counted);
            if (latency.samples() != latency.samplesMs().size()) {
                check.detail("samples=" + latency.samples() + " but samples_ms holds " + latency.samplesMs().size() + " values");
                throw new AssertionError(name + " samples=" + latency.samples() + " (" + FILE + " /" + name
                        + "/samples) disagrees with /" + name + "/samples_ms, which holds " + latency.samplesMs().size()
                        + " values");
            }
            check.meets(name + " sample count", counted, target, source);
        }).withCriterion(name + " samples_ms holds " + target.valueText() + " values and samples says so (fixed in the VAL07 runner)");
    }

    /** Concurrent 5×: exactly five simultaneous creates, every one succeeded. */
    private CheckSpec concurrentSucceeded() {
        SourceRef source = SourceRef.of(FILE, "/concurrent/succeeded");
        Target target = FleetTargets.CONCURRENT_SUCCEEDED;
        return new CheckSpec(CONCURRENT_OK, "concurrent 5x: all " + target.valueText() + " succeeded", source, check -> {
            check.source(source).target(target);
            Concurrent c = required(check).concurrent();
            check.measured(Measurement.count(c.succeeded()));
            if (c.requests() != (long) target.value()) {
                check.detail(c.requests() + " requests, the seed's run is " + target.valueText());
                throw new AssertionError("concurrent requests=" + c.requests() + " (" + FILE
                        + " /concurrent/requests): the seed's concurrent run is " + target.valueText() + " simultaneous creates");
            }
            if (c.succeeded() != c.requests()) {
                check.detail(c.succeeded() + " of " + c.requests() + " succeeded");
            }
            check.meets("concurrent creates succeeded", Measurement.count(c.succeeded()), target, source);
        }).withCriterion("concurrent.requests = " + target.valueText() + " and concurrent.succeeded = requests");
    }

    private CheckSpec concurrentWall() {
        SourceRef source = SourceRef.of(FILE, "/concurrent/wall_ms");
        Target target = FleetTargets.CONCURRENT_WALL;
        return new CheckSpec(CONCURRENT_WALL, "concurrent 5x wall " + target.text(), source, check -> {
            check.source(source).target(target);
            Concurrent c = required(check).concurrent();
            check.meets("concurrent 5x wall", FleetTargets.wall(c.wallMs()), target, source);
        });
    }

    private Val07Report required(CheckContext check) {
        return SliceMatrixChecks.required(evidence.val07(), evidence.slices().slice(FleetSlices.VAL07), check);
    }
}

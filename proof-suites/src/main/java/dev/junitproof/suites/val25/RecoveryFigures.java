package dev.junitproof.suites.val25;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;

import java.util.List;
import java.util.function.Function;

/**
 * VAL10's success rates (§3), one check each, every one recomputed from the batch counts: a batch that never ran
 * proves nothing, and one with more successes than runs contradicts itself (its "rate" above 1 would pass any
 * target), so neither is met, and the aggregate is void when either batch is.
 */
final class RecoveryFigures {

    static final String RETRY = "VAL10-retry";
    static final String ROLLBACK = "VAL10-rollback";
    static final String AGGREGATE = "VAL10-aggregate";

    static final List<String> IDS = List.of(RETRY, ROLLBACK, AGGREGATE);

    private static final String FILE = FleetSlices.VAL10.file();

    private final FleetEvidence evidence;

    RecoveryFigures(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    List<CheckSpec> checks() {
        return List.of(
                batch(RETRY, "retry batch success rate", "/batches/retry", FleetTargets.RETRY_RATE, r -> r.batches().retry()),
                batch(ROLLBACK, "rollback batch success rate", "/batches/rollback", FleetTargets.ROLLBACK_RATE,
                        r -> r.batches().rollback()),
                aggregate());
    }

    private CheckSpec batch(String id, String figure, String pointer, Target target, Function<Val10Report, Batch> of) {
        SourceRef source = SourceRef.of(FILE, pointer);
        return new CheckSpec(id, figure + " " + target.text(), source, check -> {
            check.source(source).target(target);
            Batch batch = of.apply(required(check));
            judge(check, figure, batch, List.of(new Named(pointer, batch)), target, source);
        }).withCriterion("ok / total " + target.text() + " from " + pointer + ", with 0 < total and ok <= total");
    }

    private CheckSpec aggregate() {
        SourceRef source = SourceRef.of(FILE, "/batches");
        Target target = FleetTargets.AGGREGATE_RATE;
        return new CheckSpec(AGGREGATE, "aggregate success rate " + target.text(), source, check -> {
            check.source(source).target(target);
            Val10Report report = required(check);
            judge(check, "aggregate success rate", report.aggregate(), List.of(
                    new Named("/batches/retry", report.batches().retry()),
                    new Named("/batches/rollback", report.batches().rollback())), target, source);
        }).withCriterion("(retry_ok + rollback_ok) / (retry_total + rollback_total) " + target.text()
                + ", from the batch counts, each batch consistent");
    }

    private record Named(String pointer, Batch batch) {
    }

    private static void judge(CheckContext check, String figure, Batch judged, List<Named> parts, Target target,
            SourceRef source) {
        Measurement rate = Measurement.rate(judged.rate());
        check.measured(rate);
        for (Named part : parts) {
            if (!part.batch().consistent()) {
                check.detail("ok " + part.batch().ok() + " exceeds total " + part.batch().total() + " at " + part.pointer());
                throw new AssertionError("a batch's ok count cannot exceed its total: " + FILE + " " + part.pointer()
                        + " ok=" + part.batch().ok() + " total=" + part.batch().total());
            }
        }
        if (judged.total() <= 0) {
            check.detail("no batch ran");
            throw new AssertionError("no operations ran in " + source + " (total = 0): a rate of nothing proves nothing");
        }
        check.meets(figure, rate, target, source);
    }

    private Val10Report required(CheckContext check) {
        return SliceMatrixChecks.required(evidence.val10(), evidence.slices().slice(FleetSlices.VAL10), check);
    }
}

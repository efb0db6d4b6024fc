package dev.junitproof.suites.val26;

import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The two shapes most VAL26 figure checks take: a duration against its target, and a safety flag that must hold a
 * value ({@code write_block_active = true}). Each reads its slice's typed fields or fails saying the slice is
 * MISSING: required evidence that is absent never passes, and is never merely pending.
 */
final class HaFigureChecks {

    private final HaEvidence evidence;

    HaFigureChecks(HaEvidence evidence) {
        this.evidence = evidence;
    }

    /** {@code VAL13-sigterm SIGTERM graceful failover <= 5,000 ms}. */
    <T> CheckSpec timing(String id, String figure, SliceSpec spec, Function<HaEvidence, Optional<T>> report,
            String pointer, ToDoubleFunction<T> ms, Target target) {
        SourceRef source = SourceRef.of(spec.file(), pointer);
        return new CheckSpec(id, figure + " " + target.text(), source, check -> {
            check.source(source).target(target);
            T typed = required(report.apply(evidence), spec, check);
            check.meets(figure, HaTargets.millis(ms.applyAsDouble(typed)), target, source);
        });
    }

    /** {@code VAL17-write-block write block active during the loss = true}. */
    <T> CheckSpec flag(String id, String figure, SliceSpec spec, Function<HaEvidence, Optional<T>> report,
            String pointer, Function<T, Boolean> value, boolean required) {
        SourceRef source = SourceRef.of(spec.file(), pointer);
        return new CheckSpec(id, figure + " = " + required, source, check -> {
            check.source(source).target("= " + required);
            boolean found = value.apply(required(report.apply(evidence), spec, check));
            check.measured(String.valueOf(found));
            if (found != required) {
                throw new AssertionError(spec.file() + " " + pointer + " = " + found + " (target = " + required + ")");
            }
        }).withCriterion(pointer + " = " + required + " in " + spec.file() + ", whatever the slice's checks claim");
    }

    <T> T required(Optional<T> typed, SliceSpec spec, CheckContext check) {
        return SliceMatrixChecks.required(typed, evidence.slices().slice(spec), check);
    }
}

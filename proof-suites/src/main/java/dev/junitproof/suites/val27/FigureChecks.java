package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The figures §4 of the seed gives a target, each judged by a check of its own (group {@code figures}), so a slice's
 * own PASS can never outvote its figures: VAL19's outage must deadletter every segment whatever VAL19-01 recorded.
 * The matrix rows VAL27-06..09 and the Design Partner level read these checks' outcomes; the text report prints each
 * figure with its check's status. A slice that cannot be read fails every one of its figure checks, saying why.
 */
final class FigureChecks {

    static final String GROUP = "figures";

    private FigureChecks() {
    }

    /** The figure checks of one slice, in the order the report prints them. */
    static List<String> ids(RelaySlice slice) {
        return switch (slice) {
            case VAL19 -> ImpairmentFigures.IDS;
            case VAL20 -> ThroughputFigures.IDS;
            case VAL21 -> OverflowFigures.IDS;
            case VAL22 -> DeadletterFigures.IDS;
            case VAL23 -> BandwidthFigures.IDS;
        };
    }

    /** Every figure check, slice by slice. */
    static List<String> all() {
        List<String> ids = new ArrayList<>();
        for (RelaySlice slice : RelaySlice.values()) {
            ids.addAll(ids(slice));
        }
        return ids;
    }

    static CheckGroup group(RelayEvidence evidence) {
        List<CheckSpec> checks = new ArrayList<>();
        checks.addAll(ImpairmentFigures.checks(evidence.slice(RelaySlice.VAL19)));
        checks.addAll(ThroughputFigures.checks(evidence.slice(RelaySlice.VAL20)));
        checks.addAll(OverflowFigures.checks(evidence.slice(RelaySlice.VAL21)));
        checks.addAll(DeadletterFigures.checks(evidence.slice(RelaySlice.VAL22)));
        checks.addAll(BandwidthFigures.checks(evidence.slice(RelaySlice.VAL23)));
        return CheckGroup.of(GROUP, "Figures against the seed's targets (§4)", null, checks);
    }

    /**
     * One figure check over a slice's figures: the source points at the field, and the body runs only when the
     * slice's report could be read (otherwise the check fails naming why, before anything is judged).
     */
    static <T> CheckSpec check(String id, String title, CoreSlice core, Class<T> type, String pointer,
            BiConsumer<CheckContext, T> body) {
        SourceRef source = SourceRef.of(core.path(), pointer);
        return new CheckSpec(id, title, source, check -> {
            check.source(source);
            body.accept(check, require(check, core, type));
        });
    }

    /** The slice's figures, or a failure naming why they are missing (recorded first, so the report shows it). */
    static <T> T require(CheckContext check, CoreSlice core, Class<T> type) {
        Optional<T> report = core.report(type);
        if (report.isEmpty()) {
            String detail = core.slice() + " unreadable: " + core.evidence().detail();
            check.detail(detail).measured("unreadable");
            throw new AssertionError(detail);
        }
        return report.get();
    }

    /** Fails naming the figure, both values and the field, unless they agree. */
    static void agree(String what, long value, String other, long otherValue, SourceRef source) {
        if (value != otherValue) {
            throw new AssertionError(what + "=" + value + " but " + other + "=" + otherValue + " (" + source + ")");
        }
    }

    /** Fails naming the figure and the field unless a scenario seeded something: nothing seeded proves nothing. */
    static void seeded(String what, long seeded, SourceRef source) {
        if (seeded <= 0) {
            throw new AssertionError(what + "=" + seeded + ": nothing was seeded, so nothing is proven (" + source + ")");
        }
    }
}

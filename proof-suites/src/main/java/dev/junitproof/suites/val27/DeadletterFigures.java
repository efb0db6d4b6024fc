package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.text.Numbers;

import java.util.List;

/**
 * VAL22's deadletter workflow (seed §4): Group R (clean proxy) delivers all 4 entries it retried, at a retry rate of
 * 1.000 recomputed from its counts; Group U (outage proxy) re-deadletters all 4; every deadletter entry survives a
 * SIGTERM and restart (BoltDB retention); the aggregate rate is 50 % by design, also recomputed. A reported rate that
 * disagrees with its counts beyond rounding fails, naming both.
 */
final class DeadletterFigures {

    static final String GROUP_R = "VAL22-group-r";
    static final String GROUP_R_RATE = "VAL22-group-r-rate";
    static final String GROUP_U = "VAL22-group-u";
    static final String RETENTION = "VAL22-retention";
    static final String AGGREGATE = "VAL22-aggregate";

    static final List<String> IDS = List.of(GROUP_R, GROUP_R_RATE, GROUP_U, RETENTION, AGGREGATE);

    private DeadletterFigures() {
    }

    static List<CheckSpec> checks(CoreSlice core) {
        return List.of(
                FigureChecks.check(GROUP_R, "Group R: group_r_delivered == group_r_entries == 4", core, Val22Report.class,
                        "/group_r_delivered", (check, r) -> group(check, core, "group_r_delivered", r.groupRDelivered(),
                                "group_r_entries", r.groupREntries())),
                FigureChecks.check(GROUP_R_RATE, "Group R retry rate " + RelayTargets.GROUP_R_RATE.text()
                        + " (recomputed)", core, Val22Report.class, "/group_r_retry_rate",
                        (check, r) -> groupRRate(check, core, r)),
                FigureChecks.check(GROUP_U, "Group U: group_u_redeadlettered == group_u_entries == 4", core,
                        Val22Report.class, "/group_u_redeadlettered", (check, r) -> group(check, core,
                                "group_u_redeadlettered", r.groupURedeadlettered(), "group_u_entries", r.groupUEntries())),
                FigureChecks.check(RETENTION, "BoltDB retention: every deadletter entry survives SIGTERM + restart", core,
                        Val22Report.class, "/retention", (check, r) -> retention(check, core, r)),
                FigureChecks.check(AGGREGATE, "Aggregate retry rate " + RelayTargets.AGGREGATE_RATE.text()
                        + " (recomputed; intentional)", core, Val22Report.class, "/aggregate_retry_rate",
                        (check, r) -> aggregate(check, core, r)));
    }

    /** Group R's rate as its counts give it: delivered over entries. */
    static double recomputedGroupR(Val22Report r) {
        return r.groupREntries() == 0 ? 0.0 : (double) r.groupRDelivered() / r.groupREntries();
    }

    /** The aggregate as its counts give it: Group R's deliveries over both groups' entries. */
    static double recomputedAggregate(Val22Report r) {
        int entries = r.groupREntries() + r.groupUEntries();
        return entries == 0 ? 0.0 : (double) r.groupRDelivered() / entries;
    }

    private static void group(CheckContext check, CoreSlice core, String field, int value, String entriesField, int entries) {
        check.detail(field + "=" + value + " " + entriesField + "=" + entries);
        FigureChecks.agree(field, value, entriesField, entries, SourceRef.of(core.path(), "/" + entriesField));
        check.meets(field, Measurement.count(value), RelayTargets.GROUP_SIZE, SourceRef.of(core.path(), "/" + field));
    }

    private static void groupRRate(CheckContext check, CoreSlice core, Val22Report r) {
        SourceRef source = SourceRef.of(core.path(), "/group_r_retry_rate");
        double recomputed = recomputedGroupR(r);
        check.detail("group_r_retry_rate=" + Numbers.plain(r.groupRRetryRate()) + " (recomputed " + r.groupRDelivered()
                + "/" + r.groupREntries() + "=" + Numbers.fixed(recomputed, 3) + ")");
        if (r.groupREntries() == 0) {
            throw new AssertionError("group_r_entries=0: no retry was exercised (" + SourceRef.of(core.path(), "/group_r_entries") + ")");
        }
        recomputed(r.groupRRetryRate(), recomputed, "group_r_retry_rate", "group_r_delivered/group_r_entries",
                r.groupRDelivered(), r.groupREntries(), source);
        check.meets("group_r_retry_rate", rate(r.groupRRetryRate()), RelayTargets.GROUP_R_RATE, source);
        if (!RelayTargets.GROUP_R_RATE.accepts(recomputed)) {
            throw new AssertionError("recomputed rate " + r.groupRDelivered() + "/" + r.groupREntries() + "="
                    + rate(recomputed).against(RelayTargets.GROUP_R_RATE) + " does not meet "
                    + RelayTargets.GROUP_R_RATE.text());
        }
    }

    private static void retention(CheckContext check, CoreSlice core, Val22Report r) {
        Val22Report.Retention kept = r.retention();
        SourceRef source = SourceRef.of(core.path(), "/retention/entries_after_restart");
        check.detail("entries_after_restart=" + kept.entriesAfterRestart() + " of entries_before=" + kept.entriesBefore());
        FigureChecks.seeded("retention entries_before", kept.entriesBefore(), SourceRef.of(core.path(), "/retention/entries_before"));
        check.meets("entries_after_restart", Measurement.count(kept.entriesAfterRestart()),
                RelayTargets.all(kept.entriesBefore()), source);
    }

    private static void aggregate(CheckContext check, CoreSlice core, Val22Report r) {
        SourceRef source = SourceRef.of(core.path(), "/aggregate_retry_rate");
        double recomputed = recomputedAggregate(r);
        int entries = r.groupREntries() + r.groupUEntries();
        check.detail("aggregate_retry_rate=" + Numbers.plain(r.aggregateRetryRate()) + " (recomputed "
                + r.groupRDelivered() + "/" + entries + "=" + Numbers.fixed(recomputed, 3) + ")");
        recomputed(r.aggregateRetryRate(), recomputed, "aggregate_retry_rate", "group_r_delivered/(group_r_entries + "
                + "group_u_entries)", r.groupRDelivered(), entries, source);
        check.meets("aggregate_retry_rate", rate(r.aggregateRetryRate()), RelayTargets.AGGREGATE_RATE, source);
    }

    /** A VAL22 rate as the seed prints it, to three places ({@code 1.000}), more where three would misjudge it. */
    static Measurement rate(double value) {
        return Measurement.of(value, Unit.RATE, Digits.decimals(3));
    }

    /** A reported rate must be its counts' quotient, to rounding; otherwise it fails naming both. */
    private static void recomputed(double reported, double recomputed, String field, String formula, int numerator,
            int denominator, SourceRef source) {
        if (Math.abs(reported - recomputed) > RelayTargets.RATE_TOLERANCE) {
            throw new AssertionError(field + "=" + Numbers.plain(reported) + " but " + formula + "=" + numerator + "/"
                    + denominator + "=" + Numbers.fixed(recomputed, 3) + " (" + source + ")");
        }
    }
}

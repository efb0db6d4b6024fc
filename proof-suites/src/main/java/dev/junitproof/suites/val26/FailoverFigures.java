package dev.junitproof.suites.val26;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.List;

/** VAL13's figures (§3), one check each: SIGTERM, SIGKILL, the three rapid cycles, and data loss across the failover. */
final class FailoverFigures {

    static final String SIGTERM = "VAL13-sigterm";
    static final String SIGKILL = "VAL13-sigkill";
    static final String RAPID = "VAL13-rapid";
    static final String DATA_LOSS = "VAL13-data-loss";

    static final List<String> IDS = List.of(SIGTERM, SIGKILL, RAPID, DATA_LOSS);

    /** The seed's resilience check: three consecutive cycles (the schema holds rapid_ms to exactly three). */
    static final int RAPID_CYCLES = 3;

    private static final String FILE = HaSlices.VAL13.file();

    private final HaEvidence evidence;
    private final HaFigureChecks shapes;

    FailoverFigures(HaEvidence evidence) {
        this.evidence = evidence;
        this.shapes = new HaFigureChecks(evidence);
    }

    List<CheckSpec> checks() {
        return List.of(
                shapes.timing(SIGTERM, "SIGTERM graceful failover", HaSlices.VAL13, HaEvidence::val13, "/failover/sigterm_ms",
                        r -> r.failover().sigtermMs(), HaTargets.FAILOVER),
                shapes.timing(SIGKILL, "SIGKILL unplanned failover", HaSlices.VAL13, HaEvidence::val13, "/failover/sigkill_ms",
                        r -> r.failover().sigkillMs(), HaTargets.FAILOVER),
                rapid(), dataLoss());
    }

    /** All three rapid cycles within the target: the slowest is the figure judged, and the check names it. */
    private CheckSpec rapid() {
        SourceRef source = SourceRef.of(FILE, "/failover/rapid_ms");
        return new CheckSpec(RAPID, "3x rapid cycle timings, all " + HaTargets.FAILOVER.text(), source, check -> {
            check.source(source).target(HaTargets.FAILOVER);
            List<Double> rapid = shapes.required(evidence.val13(), HaSlices.VAL13, check).failover().rapidMs();
            if (rapid.size() != RAPID_CYCLES) {
                check.measured(rapid.size() + " cycles");
                throw new AssertionError(FILE + " /failover/rapid_ms holds " + rapid.size() + " cycles, the seed's "
                        + RAPID_CYCLES);
            }
            int slowest = 0;
            for (int i = 1; i < rapid.size(); i++) {
                slowest = rapid.get(i) > rapid.get(slowest) ? i : slowest;
            }
            check.meets("slowest rapid cycle", HaTargets.millis(rapid.get(slowest)), HaTargets.FAILOVER,
                    SourceRef.of(FILE, "/failover/rapid_ms/" + slowest));
        }).withCriterion("each of the " + RAPID_CYCLES + " entries of failover.rapid_ms " + HaTargets.FAILOVER.text());
    }

    /**
     * Zero data loss as the raw counts show it, not only as {@code data_loss_rows} claims: no row reported lost,
     * every row still there, and rows there to lose in the first place (a failover over an empty table proves
     * nothing about data loss).
     */
    private CheckSpec dataLoss() {
        SourceRef source = SourceRef.of(FILE, "/failover/data_loss_rows");
        return new CheckSpec(DATA_LOSS, "data loss across failover " + HaTargets.DATA_LOSS.text() + " rows", source, check -> {
            check.source(source).target(HaTargets.DATA_LOSS);
            Val13Report.Failover f = shapes.required(evidence.val13(), HaSlices.VAL13, check).failover();
            check.detail("data_loss_rows=" + f.dataLossRows() + ", rows " + f.rowsBefore() + " -> " + f.rowsAfter());
            check.meets("rows lost across the failover", Measurement.count(f.dataLossRows()), HaTargets.DATA_LOSS, source);
            if (f.rowsAfter() != f.rowsBefore()) {
                throw new AssertionError("rows after failover (" + FILE + " /failover/rows_after) = " + f.rowsAfter()
                        + ", not /failover/rows_before = " + f.rowsBefore());
            }
            if (f.rowsBefore() <= 0) {
                throw new AssertionError("rows written before the failover (" + FILE + " /failover/rows_before) = "
                        + f.rowsBefore() + ": with none there is no data to lose and zero loss is not demonstrated");
            }
        }).withCriterion("data_loss_rows = 0 and rows_after = rows_before > 0");
    }
}

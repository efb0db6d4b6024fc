package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;
import dev.junitproof.suites.slices.SliceSpec;
import dev.junitproof.suites.text.Numbers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VAL26 10-check matrix (seed §5) plus the evidence-window check. Each metric row is judged by the figure
 * checks of its criterion (VAL26-06 by VAL13-sigterm, ...), the figures being judged in one place only, and also
 * needs the slice check that carries the same criterion to have passed, so evidence that contradicts itself can
 * never pass either way: good figures do not outvote the lab's own FAIL, nor its PASS bad figures.
 */
final class HaMatrix {

    static final String WINDOW = "VAL26-WINDOW";
    static final List<String> SLICE_CHECKS = List.of("VAL26-01", "VAL26-02", "VAL26-03", "VAL26-04", "VAL26-05");
    static final List<String> METRIC_CHECKS = List.of("VAL26-06", "VAL26-07", "VAL26-08", "VAL26-09");

    /** The seed's matrix rows by id. */
    static final Map<String, String> TITLES = titles();

    private final HaEvidence evidence;

    HaMatrix(HaEvidence evidence) {
        this.evidence = evidence;
    }

    private static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("VAL26-01", "VAL13 failover report: all 10 checks passed");
        titles.put("VAL26-02", "VAL14 replication lag report: all 10 checks passed");
        titles.put("VAL26-03", "VAL15 backup/restore report: all 10 checks passed");
        titles.put("VAL26-04", "VAL16 split-brain report: all 10 checks passed");
        titles.put("VAL26-05", "VAL17 quorum loss report: all 10 checks passed");
        titles.put("VAL26-06", "Failover: SIGTERM leader failover " + HaTargets.FAILOVER.text());
        titles.put("VAL26-07", "Failover: zero data loss across leader failover");
        titles.put("VAL26-08", "Backup: restore correctness verified");
        titles.put("VAL26-09", "Quorum: loss detected + writes blocked " + HaTargets.QUORUM_DETECTION.text());
        titles.put("VAL26-10", "Summary: HA design partner readiness — all above pass and evidence coherent");
        return Collections.unmodifiableMap(titles);
    }

    List<CheckSpec> matrix() {
        return List.of(
                slice("VAL26-01", HaSlices.VAL13), slice("VAL26-02", HaSlices.VAL14), slice("VAL26-03", HaSlices.VAL15),
                slice("VAL26-04", HaSlices.VAL16), slice("VAL26-05", HaSlices.VAL17),
                sigterm(), dataLoss(), restore(), quorum(), summary());
    }

    private CheckSpec slice(String id, SliceSpec spec) {
        return SliceMatrixChecks.sliceAllPass(id, TITLES.get(id), evidence.slices().slice(spec), "checks");
    }

    private CheckSpec sigterm() {
        SourceRef source = SourceRef.of(HaSlices.VAL13.file(), "/failover/sigterm_ms");
        return new CheckSpec("VAL26-06", TITLES.get("VAL26-06"), source, check -> {
            check.source(source).target(HaTargets.FAILOVER);
            Val13Report.Failover failover = required(evidence.val13(), HaSlices.VAL13, check).failover();
            check.detail("measured sigterm=" + Numbers.plain(failover.sigtermMs()) + "ms" + labDisagrees(HaSlices.VAL13, "VAL13-03"));
            SliceMatrixChecks.judgedBy(check, FailoverFigures.SIGTERM);
            recordedPass(HaSlices.VAL13, "VAL13-03");
        }).withCriterion("VAL13-sigterm (failover.sigterm_ms " + HaTargets.FAILOVER.text() + ") and VAL13-03 PASS");
    }

    private CheckSpec dataLoss() {
        SourceRef source = SourceRef.of(HaSlices.VAL13.file(), "/failover/data_loss_rows");
        return new CheckSpec("VAL26-07", TITLES.get("VAL26-07"), source, check -> {
            check.source(source).target("data_loss_rows = 0 and rows_after = rows_before > 0, VAL13-04 passed");
            Val13Report.Failover f = required(evidence.val13(), HaSlices.VAL13, check).failover();
            check.detail("data_loss_rows=" + f.dataLossRows() + " rows_before=" + f.rowsBefore() + " rows_after=" + f.rowsAfter()
                    + labDisagrees(HaSlices.VAL13, "VAL13-04"));
            SliceMatrixChecks.judgedBy(check, FailoverFigures.DATA_LOSS);
            recordedPass(HaSlices.VAL13, "VAL13-04");
        }).withCriterion("VAL13-data-loss (data_loss_rows == 0 and rows_after == rows_before > 0) and VAL13-04 PASS");
    }

    private CheckSpec restore() {
        SourceRef source = SourceRef.of(HaSlices.VAL15.file(), "/backup");
        return new CheckSpec("VAL26-08", TITLES.get("VAL26-08"), source, check -> {
            check.source(source).target("sha256_cli == sha256_file, row counts equal per table, payload spot match, VAL15-06 passed");
            Val15Report.Backup b = required(evidence.val15(), HaSlices.VAL15, check).backup();
            Map<String, String> differences = b.rowCountDifferences();
            check.detail("sha256 " + b.checksumProblem().orElse("match") + "; row counts "
                    + (differences.isEmpty() ? "equal (" + b.rowsBefore().size() + " tables)" : "differ " + differences)
                    + "; payload_spot_match=" + b.payloadSpotMatch() + labDisagrees(HaSlices.VAL15, "VAL15-06"));
            SliceMatrixChecks.judgedBy(check, BackupFigures.CHECKSUM);
            SliceMatrixChecks.judgedBy(check, BackupFigures.RESTORE_CORRECTNESS);
            check.source(source);
            recordedPass(HaSlices.VAL15, "VAL15-06");
        }).withCriterion("VAL15-checksum (two equal SHA-256 digests), VAL15-restore-correctness (every table's row count "
                + "equal before and after, at least one table, payload_spot_match), and VAL15-06 PASS");
    }

    private CheckSpec quorum() {
        SourceRef source = SourceRef.of(HaSlices.VAL17.file(), "/quorum");
        return new CheckSpec("VAL26-09", TITLES.get("VAL26-09"), source, check -> {
            check.source(source).target("detection " + HaTargets.QUORUM_DETECTION.text()
                    + ", write_block_active, protected writes refused, VAL17-02/03/04 passed");
            Val17Report.Quorum q = required(evidence.val17(), HaSlices.VAL17, check).quorum();
            check.detail("loss_detection=" + Numbers.plain(q.lossDetectionMs()) + "ms write_block_active="
                    + q.writeBlockActive() + " can_accept_protected_writes=" + q.canAcceptProtectedWrites()
                    + labDisagrees(HaSlices.VAL17, "VAL17-02", "VAL17-03", "VAL17-04"));
            SliceMatrixChecks.judgedBy(check, QuorumFigures.WRITE_BLOCK);
            SliceMatrixChecks.judgedBy(check, QuorumFigures.PROTECTED_WRITES);
            // Last, so the row records the detection time it is titled by.
            SliceMatrixChecks.judgedBy(check, QuorumFigures.LOSS_DETECTION);
            recordedPass(HaSlices.VAL17, "VAL17-02");
            recordedPass(HaSlices.VAL17, "VAL17-03");
            recordedPass(HaSlices.VAL17, "VAL17-04");
        }).withCriterion("VAL17-loss-detection (loss_detection_ms " + HaTargets.QUORUM_DETECTION.text()
                + "), VAL17-write-block, VAL17-protected-writes, and VAL17-02, VAL17-03, VAL17-04 PASS");
    }

    private CheckSpec summary() {
        List<String> dependencies = new ArrayList<>(SLICE_CHECKS);
        dependencies.addAll(METRIC_CHECKS);
        dependencies.add(WINDOW);
        // A slice whose figures contradict its all-PASS checks is not "passing" evidence.
        dependencies.addAll(HaFigures.IDS);
        return SliceMatrixChecks.summary("VAL26-10", TITLES.get("VAL26-10"), dependencies,
                "VAL26-01..09 passed, one 6-hour evidence window, slice figures within target")
                .withCriterion("VAL26-01..09 all PASS + 6-hour window (and every slice's figure checks PASS)");
    }

    CheckSpec window() {
        return SliceMatrixChecks.window(WINDOW, evidence.slices().window(), evidence.slices().timestamps(),
                evidence.slices().found(), evidence.slices().expected());
    }

    /**
     * The slice check carrying the same criterion must have passed too: figures and checks must agree. Every
     * record under that id counts, so a report listing the id twice (PASS, then FAIL) cannot pass on the first.
     */
    private void recordedPass(SliceSpec spec, String id) {
        String recorded = evidence.recordedResults(spec, id);
        if (!recorded.equals("PASS")) {
            throw new AssertionError(id + " recorded " + recorded + " in " + spec.file() + " /checks (the lab's own check "
                    + "of this criterion must pass too)");
        }
    }

    /**
     * {@code  (VAL13-04 recorded fail)} for the lab's criterion checks that did not record PASS, else nothing: the
     * lab's word in lower case, as the line is printed beside the row's own status.
     */
    private String labDisagrees(SliceSpec spec, String... ids) {
        List<String> notPassed = new ArrayList<>();
        for (String id : ids) {
            String recorded = evidence.recordedResults(spec, id);
            if (!recorded.equals("PASS")) {
                notPassed.add(id + " recorded " + recorded.toLowerCase());
            }
        }
        return notPassed.isEmpty() ? "" : " (" + String.join(", ", notPassed) + ")";
    }

    private <T> T required(Optional<T> typed, SliceSpec spec, CheckContext check) {
        return SliceMatrixChecks.required(typed, evidence.slices().slice(spec), check);
    }
}

package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VAL26 10-check matrix (seed §5) plus the evidence-window check. The metric checks judge the raw figures
 * themselves, whatever the slice's own checks claim (trust but verify), and also need the slice check that
 * carries the same criterion to have passed, so evidence that contradicts itself can never pass.
 */
final class HaMatrix {

    static final String WINDOW = "VAL26-WINDOW";
    static final List<String> SLICE_CHECKS = List.of("VAL26-01", "VAL26-02", "VAL26-03", "VAL26-04", "VAL26-05");
    static final List<String> METRIC_CHECKS = List.of("VAL26-06", "VAL26-07", "VAL26-08", "VAL26-09");

    static final double FAILOVER_TARGET_MS = 5_000;
    static final double QUORUM_DETECTION_TARGET_MS = 30_000;

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
        titles.put("VAL26-06", "Failover: SIGTERM leader failover <= 5,000 ms");
        titles.put("VAL26-07", "Failover: zero data loss across leader failover");
        titles.put("VAL26-08", "Backup: restore correctness verified");
        titles.put("VAL26-09", "Quorum: loss detected + writes blocked <= 30,000 ms");
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
            check.source(source).target("<= 5,000 ms (VAL13-03 PASS)");
            Val13Report.Failover failover = required(evidence.val13(), HaSlices.VAL13, check).failover();
            check.measured(HaFormat.ms(failover.sigtermMs()) + " ms")
                    .detail("measured sigterm=" + HaFormat.ms(failover.sigtermMs()) + "ms");
            recordedPass(HaSlices.VAL13, "VAL13-03");
            assertThat(failover.sigtermMs()).as("SIGTERM failover (ms) in val13-report.json /failover/sigterm_ms")
                    .isLessThanOrEqualTo(FAILOVER_TARGET_MS);
        }).withCriterion("failover.sigterm_ms <= 5,000 and VAL13-03 PASS");
    }

    private CheckSpec dataLoss() {
        SourceRef source = SourceRef.of(HaSlices.VAL13.file(), "/failover/data_loss_rows");
        return new CheckSpec("VAL26-07", TITLES.get("VAL26-07"), source, check -> {
            check.source(source).target("data_loss_rows = 0 and rows_after = rows_before > 0 (VAL13-04 PASS)");
            Val13Report.Failover f = required(evidence.val13(), HaSlices.VAL13, check).failover();
            check.measured("data_loss_rows=" + f.dataLossRows() + ", rows " + f.rowsBefore() + " -> " + f.rowsAfter())
                    .detail("data_loss_rows=" + f.dataLossRows() + " rows_before=" + f.rowsBefore()
                            + " rows_after=" + f.rowsAfter());
            recordedPass(HaSlices.VAL13, "VAL13-04");
            assertThat(f.dataLossRows()).as("val13-report.json /failover/data_loss_rows").isZero();
            assertThat(f.rowsAfter()).as("rows after failover (val13-report.json /failover/rows_after) vs /failover/rows_before")
                    .isEqualTo(f.rowsBefore());
            assertThat(f.rowsBefore()).as("rows written before the failover (val13-report.json /failover/rows_before); "
                    + "with none there is no data to lose and zero loss is not demonstrated").isPositive();
        }).withCriterion("data_loss_rows == 0 and rows_after == rows_before > 0, and VAL13-04 PASS");
    }

    private CheckSpec restore() {
        SourceRef source = SourceRef.of(HaSlices.VAL15.file(), "/backup");
        return new CheckSpec("VAL26-08", TITLES.get("VAL26-08"), source, check -> {
            check.source(source).target("sha256_cli == sha256_file, row counts equal per table, payload spot match (VAL15-06 PASS)");
            Val15Report.Backup b = required(evidence.val15(), HaSlices.VAL15, check).backup();
            Map<String, String> differences = b.rowCountDifferences();
            check.measured("checksum " + (b.checksumsMatch() ? "match" : "MISMATCH") + ", " + differences.size()
                    + " table(s) differ, payload spot " + (b.payloadSpotMatch() ? "match" : "MISMATCH"))
                    .detail("sha256 " + b.checksumProblem().orElse("match") + "; row counts "
                            + (differences.isEmpty() ? "equal (" + b.rowsBefore().size() + " tables)" : "differ " + differences)
                            + "; payload_spot_match=" + b.payloadSpotMatch());
            // Equal strings are not enough: two empty or placeholder fields would "match" without any checksum.
            assertThat(b.sha256Cli()).as("val15-report.json /backup/sha256_cli is a SHA-256 digest (64 hex digits)")
                    .matches(Val15Report.SHA256);
            assertThat(b.sha256File()).as("val15-report.json /backup/sha256_file is a SHA-256 digest (64 hex digits)")
                    .matches(Val15Report.SHA256);
            assertThat(b.sha256Cli()).as("val15-report.json /backup/sha256_cli vs /backup/sha256_file")
                    .isEqualToIgnoringCase(b.sha256File());
            assertThat(b.rowsBefore()).as("tables counted before the backup (val15-report.json /backup/rows_before); "
                    + "with none, restore correctness is not demonstrated").isNotEmpty();
            assertThat(differences).as("tables whose row count changed across backup/restore (/backup/rows_before vs /backup/rows_after)")
                    .isEmpty();
            assertThat(b.payloadSpotMatch()).as("val15-report.json /backup/payload_spot_match").isTrue();
            recordedPass(HaSlices.VAL15, "VAL15-06");
        }).withCriterion("sha256_cli == sha256_file (both SHA-256 digests), every table's row count equal before and after "
                + "(at least one table), payload_spot_match, and VAL15-06 PASS");
    }

    private CheckSpec quorum() {
        SourceRef source = SourceRef.of(HaSlices.VAL17.file(), "/quorum");
        return new CheckSpec("VAL26-09", TITLES.get("VAL26-09"), source, check -> {
            check.source(source).target("detection <= 30,000 ms, write_block_active, protected writes refused (VAL17-02/03/04 PASS)");
            Val17Report.Quorum q = required(evidence.val17(), HaSlices.VAL17, check).quorum();
            check.measured(HaFormat.ms(q.lossDetectionMs()) + " ms")
                    .detail("loss_detection=" + HaFormat.ms(q.lossDetectionMs()) + "ms write_block_active="
                            + q.writeBlockActive() + " can_accept_protected_writes=" + q.canAcceptProtectedWrites());
            assertThat(q.lossDetectionMs()).as("quorum loss detection (ms) in val17-report.json /quorum/loss_detection_ms")
                    .isLessThanOrEqualTo(QUORUM_DETECTION_TARGET_MS);
            assertThat(q.writeBlockActive()).as("val17-report.json /quorum/write_block_active during the loss").isTrue();
            assertThat(q.canAcceptProtectedWrites())
                    .as("val17-report.json /quorum/can_accept_protected_writes during the loss").isFalse();
            recordedPass(HaSlices.VAL17, "VAL17-02");
            recordedPass(HaSlices.VAL17, "VAL17-03");
            recordedPass(HaSlices.VAL17, "VAL17-04");
        }).withCriterion("loss_detection_ms <= 30,000, write_block_active true, can_accept_protected_writes false, "
                + "and VAL17-02, VAL17-03, VAL17-04 PASS");
    }

    private CheckSpec summary() {
        List<String> dependencies = new ArrayList<>(SLICE_CHECKS);
        dependencies.addAll(METRIC_CHECKS);
        dependencies.add(WINDOW);
        // A slice whose figures contradict its all-PASS checks is not "passing" evidence (SliceFigures).
        dependencies.addAll(evidence.figureCheckIds());
        return SliceMatrixChecks.summary("VAL26-10", TITLES.get("VAL26-10"), dependencies,
                "VAL26-01..09 PASS, one 6-hour evidence window, slice figures within target")
                .withCriterion("VAL26-01..09 all PASS + 6-hour window (and every slice's figures within its targets)");
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
        assertThat(evidence.recordedResults(spec, id)).as("%s recorded in %s /checks", id, spec.file()).isEqualTo("PASS");
    }

    private <T> T required(Optional<T> typed, SliceSpec spec, CheckContext check) {
        return SliceMatrixChecks.required(typed, evidence.slices().slice(spec), check);
    }
}

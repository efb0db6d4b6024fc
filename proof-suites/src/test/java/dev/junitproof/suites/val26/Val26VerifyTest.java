package dev.junitproof.suites.val26;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trust but verify: evidence whose checks all say PASS but whose own figures say otherwise, evidence that is
 * vacuous (nothing compared), and check lists that try to pass on a technicality. None may read as ready.
 */
class Val26VerifyTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(HaFixture fixture) {
        return Val26Runs.run(tmp, fixture);
    }

    @Test
    void twoEmptyChecksumsAreNoChecksumMatch() {
        ProofRunResult run = run(HaFixture.passing().set("VAL15", "/backup/sha256_cli", "").set("VAL15", "/backup/sha256_file", ""));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL15-checksum", "VAL26-08"));
        assertThat(run.message("VAL26-08")).contains("VAL15-checksum FAIL: val15-report.json /backup/sha256_cli vs "
                + "/backup/sha256_file: sha256_cli \"\" is not a SHA-256 digest (64 hex digits)");
        assertThat(Val26Runs.text(run)).contains("SHA-256 checksum: FAIL (sha256_cli \"\" is not a SHA-256 digest (64 hex digits))");
    }

    @Test
    void aChecksumDifferingOnlyInCaseMatches() {
        String sha = "9f2c4e1b7a3d5f60812e4c9b0a7d3e5f1c2b4a6d8e0f1a3c5b7d9e1f2a4c6b8d";
        ProofRunResult run = run(HaFixture.passing().set("VAL15", "/backup/sha256_file", sha.toUpperCase()));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passing());
    }

    @Test
    void noTablesCountedIsNoRestoreCorrectness() {
        ProofRunResult run = run(HaFixture.passing()
                .set("VAL15", "/backup/rows_before", Map.of()).set("VAL15", "/backup/rows_after", Map.of()));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL15-restore-correctness", "VAL26-08"));
        assertThat(run.message("VAL26-08")).contains("tables counted before the backup");
        assertThat(Val26Runs.text(run)).contains("Restore correctness: FAIL (no table row counts recorded)");
    }

    @Test
    void aFailoverOverAnEmptyTableDemonstratesNoZeroDataLoss() {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/failover/rows_before", 0).set("VAL13", "/failover/rows_after", 0));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL13-data-loss", "VAL26-07"));
        assertThat(run.message("VAL26-07")).contains("rows written before the failover");
        assertThat(Val26Runs.text(run)).contains("Zero data loss across failover: FAIL (data_loss_rows=0, rows 0 -> 0)");
    }

    /** Figures no matrix row reads: the slice's checks all say PASS, its numbers break the seed's target. */
    @ParameterizedTest(name = "{1} = {2} -> {0} FAIL")
    @CsvSource(delimiter = '|', value = {
            "VAL13-sigkill           | /failover/sigkill_ms                    | 5001  | SIGKILL unplanned failover = 5001 ms does not meet <= 5,000 ms (val13-report.json /failover/sigkill_ms) | 5001 ms (target <= 5,000 ms)",
            "VAL13-rapid             | /failover/rapid_ms/2                    | 5001  | slowest rapid cycle = 5001 ms does not meet <= 5,000 ms (val13-report.json /failover/rapid_ms/2) | 5001 ms (target <= 5,000 ms)",
            "VAL14-light-drain       | /lag/light_drain_ms                     | 2001  | light_drain_ms = 2001 ms does not meet <= 2,000 ms (val14-report.json /lag/light_drain_ms) | 2001 ms (target <= 2,000 ms)",
            "VAL14-heavy-drain       | /lag/heavy_drain_ms                     | 5001  | heavy_drain_ms = 5001 ms does not meet <= 5,000 ms | 5001 ms (target <= 5,000 ms)",
            "VAL15-backup            | /backup/backup_ms                       | 30001 | backup_ms = 30001 ms does not meet <= 30,000 ms | 30001 ms (target <= 30,000 ms)",
            "VAL15-restore           | /backup/restore_ms                      | 60001 | restore_ms = 60001 ms does not meet <= 60,000 ms | 60001 ms (target <= 60,000 ms)",
            "VAL16-epoch-divergence  | /split_brain/epoch_divergence_detected  | false | val16-report.json /split_brain/epoch_divergence_detected = false (target = true) | false (target = true)",
            "VAL16-metadata-recovery | /split_brain/metadata_injection_recovered | false | /split_brain/metadata_injection_recovered = false (target = true) | false (target = true)",
            "VAL16-user-data         | /split_brain/user_data_intact           | false | /split_brain/user_data_intact = false (target = true) | false (target = true)",
            "VAL17-recovery          | /quorum/recovery_ms                     | 30001 | recovery_ms = 30001 ms does not meet <= 30,000 ms | 30001 ms (target <= 30,000 ms)"})
    void aFigureBreakingItsTargetUnderAllPassChecksIsNotReady(String figure, String pointer, String value, String breach,
            String failureLine) {
        String val = figure.substring(0, 5);
        Object typed = value.equals("false") ? (Object) false : (Object) Integer.parseInt(value);
        ProofRunResult run = run(HaFixture.passing().set(val, pointer, typed));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passingExcept(
                figure, FAILED, "VAL26-10", FAILED, "HA_DESIGN_PARTNER", FAILED));
        assertThat(run.message(figure)).contains(breach);
        assertThat(run.message("VAL26-10")).contains(figure + " FAIL");
        assertThat(Val26Runs.text(run)).contains("  - " + figure + " FAIL: " + failureLine + "\n")
                .contains("    ✗ All five VAL13–VAL17 slices pass (zero failed checks each)")
                .contains("Verdict: HA NOT READY");
        // The JSON carries the figure check with its typed value and target, as every check.
        com.fasterxml.jackson.databind.JsonNode check = null;
        for (com.fasterxml.jackson.databind.JsonNode c : Val26Runs.json(run).path("checks")) {
            check = c.path("id").asText().equals(figure) ? c : check;
        }
        assertThat(check).isNotNull();
        assertThat(check.path("status").asText()).isEqualTo("FAIL");
        assertThat(check.path("source").asText()).isEqualTo(val.toLowerCase() + "-report.json " + pointer);
    }

    @ParameterizedTest(name = "{0} {1} = {2} (exactly at target) passes")
    @CsvSource({
            "VAL13, /failover/sigkill_ms, 5000",
            "VAL13, /failover/rapid_ms/0, 5000",
            "VAL14, /lag/light_drain_ms, 2000",
            "VAL14, /lag/heavy_drain_ms, 5000",
            "VAL15, /backup/backup_ms, 30000",
            "VAL15, /backup/restore_ms, 60000",
            "VAL17, /quorum/recovery_ms, 30000"})
    void aFigureExactlyAtItsTargetPasses(String val, String pointer, int value) {
        ProofRunResult run = run(HaFixture.passing().set(val, pointer, value));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passing());
    }

    @Test
    void halfAMillisecondPastTheFailoverTargetFailsAndIsPrintedAsMeasured() {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/failover/sigterm_ms", 5000.5));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL13-sigterm", "VAL26-06"));
        assertThat(Val26Runs.text(run)).contains("SIGTERM graceful failover:       5000.5 ms  [target <= 5,000 ms]  FAIL");
        assertThat(run.message("VAL13-sigterm")).contains("SIGTERM graceful failover = 5000.5 ms does not meet <= 5,000 ms");
    }

    /**
     * Good figures do not outvote the lab's own criterion check either: the matrix row fails and says the lab's
     * check is why, while the figure's own line shows its figure check, which the figures pass.
     */
    @ParameterizedTest(name = "{0} recorded FAIL -> {1} FAIL, report line: {2}")
    @CsvSource({
            "VAL13, 4, VAL26-01, VAL26-07, 'Zero data loss across failover: PASS', "
                    + "'data_loss_rows=0 rows_before=1200 rows_after=1200 (VAL13-04 recorded fail)'",
            "VAL15, 6, VAL26-03, VAL26-08, 'Restore correctness: PASS (row counts + payload spot-values)', "
                    + "'payload_spot_match=true (VAL15-06 recorded fail)'"})
    void aFailedCriterionCheckFailsTheMetricAndItsMatrixRowSaysWhy(String val, int n, String sliceRow, String metric,
            String line, String detail) {
        ProofRunResult run = run(HaFixture.passing().failCheck(val, n));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(
                Val26Runs.metricFails(String.format("%s-%02d", val, n), sliceRow, metric));
        assertThat(Val26Runs.text(run)).contains("  " + line + "\n", detail + "\n", "  " + metric + " FAIL ");
        assertThat(run.message(metric)).contains(String.format("%s-%02d", val, n) + " recorded FAIL in ");
    }

    @Test
    void aCheckIdRecordedTwiceCannotPassOnItsFirstRecord() {
        // VAL13-04's record is renamed VAL13-03 and fails: VAL13-03 reads PASS first, FAIL second.
        ProofRunResult run = run(HaFixture.passing().failCheck("VAL13", 4).duplicateCheckId("VAL13", 4, 3));

        Map<String, ProofRunResult.Shown> expected = Val26Runs.metricFails("VAL13-report", "VAL26-01", "VAL26-06", "VAL26-07");
        expected.remove("VAL13-04");
        expected.put("VAL13-03#2", FAILED);
        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.message("VAL26-06")).contains("VAL13-03 recorded PASS, FAIL in val13-report.json /checks");
        assertThat(run.message("VAL26-07")).contains("VAL13-04 recorded absent in val13-report.json /checks");
    }

    @Test
    void aSkippedSliceCheckIsNotAPassAndNotPendingEither() {
        ProofRunResult run = run(HaFixture.passing().set("VAL17", "/checks/2/result", "SKIP"));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passingExcept("VAL17-03", FAILED,
                "VAL26-05", FAILED, "VAL26-09", FAILED, "VAL26-10", FAILED, "HA_DESIGN_PARTNER", FAILED));
        assertThat(run.message("VAL17-03")).contains("the lab skipped it, and a skipped check counts as not passed");
        assertThat(Val26Runs.text(run)).contains("VAL17 Quorum Loss Validation           FAIL    (9/10 checks)");
    }

    /** A lab check recorded under an id VAL26 uses for a figure is shown numbered: never a clash, never a crash. */
    @Test
    void aLabCheckUnderAFigureChecksIdIsNumbered() {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/checks/9/id", "VAL13-sigterm"));

        Map<String, ProofRunResult.Shown> expected = Val26Runs.metricFails("VAL13-report", "VAL26-01");
        expected.remove("VAL13-10");
        expected.put("VAL13-sigterm#2", ProofRunResult.Shown.PASSED);
        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.message("VAL26-01")).contains("unexpected check ids VAL13-sigterm");
    }

    /** Each targeted figure is one check, and its line in the report shows that check's status, not the slice's. */
    @Test
    void eachFigureLineShowsItsOwnChecksStatus() {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/failover/rapid_ms/1", 5001)
                .set("VAL17", "/quorum/write_block_active", false));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL13-rapid", "VAL17-write-block",
                "VAL26-09"));
        assertThat(Val26Runs.text(run).replaceAll(" +", " ")).contains(
                "SIGTERM graceful failover: 342 ms [target <= 5,000 ms] PASS\n",
                "Rapid 3x cycles: 281ms, 5001ms, 318ms [target: all <= 5,000 ms] FAIL\n",
                "Write block active during loss: FAIL (false)\n",
                "Protected writes refused during loss: PASS (refused)\n",
                "VAL13 HA Failover Validation PASS (10/10 checks)");
        assertThat(run.message("VAL13-rapid")).contains("slowest rapid cycle = 5001 ms does not meet <= 5,000 ms "
                + "(val13-report.json /failover/rapid_ms/1)");
    }

    @Test
    void aTruncatedSliceFailsItsRowButNotTheMetricItStillProves() {
        ProofRunResult run = run(HaFixture.passing().truncateChecks("VAL13", 9));

        Map<String, ProofRunResult.Shown> expected = Val26Runs.metricFails("VAL13-report", "VAL26-01");
        expected.remove("VAL13-10");
        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.message("VAL26-01")).contains("9 checks recorded, 10 expected", "missing check ids VAL13-10");
    }

    @Test
    void aReportThatIsNotJsonIsMissingAndTheRunGoesOn() {
        ProofRunResult run = run(HaFixture.passing().rawText("VAL16", "{\"val\": \"VAL16\", "));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing("VAL16", "VAL26-04", ""));
        assertThat(run.message("VAL26-04")).contains("VAL16 report MISSING: val16-report.json");
    }

    @Test
    void aDirectoryWhereAReportBelongsIsMissingNeverAHang() throws IOException {
        Path unit = HaFixture.passing().without("VAL16").writeTo(tmp.resolve("evidence"));
        Files.createDirectories(unit.resolve("val16-report.json"));

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing("VAL16", "VAL26-04", ""));
        assertThat(run.message("VAL26-04")).contains("VAL16 report MISSING: val16-report.json");
    }

    @Test
    void aReportLinkedFromOutsideTheEvidenceRootIsNotRead() throws IOException {
        Path outside = HaFixture.passing().writeTo(tmp.resolve("elsewhere"));
        Path unit = HaFixture.passing().without("VAL17").writeTo(tmp.resolve("evidence"));
        Files.createSymbolicLink(unit.resolve("val17-report.json"), outside.resolve("val17-report.json"));

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing("VAL17", "VAL26-05", "VAL26-09"));
        assertThat(run.message("VAL26-05")).contains("VAL17 report MISSING: val17-report.json");
    }

    @Test
    void aReportOfAnotherSliceIsASchemaMismatch() {
        ProofRunResult run = run(HaFixture.passing().set("VAL14", "/val", "VAL13"));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing("VAL14", "VAL26-02", ""));
        assertThat(run.message("VAL26-02")).contains("val14-report.json: /val must be \"VAL14\", found \"VAL13\"");
    }

    @Test
    void aTimestampWithoutOffsetIsASchemaMismatch() {
        ProofRunResult run = run(HaFixture.passing().generatedAt("VAL17", "2026-03-23T13:30:18"));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing("VAL17", "VAL26-05", "VAL26-09"));
        assertThat(run.message("VAL26-05")).contains("val17-report.json", "/generated_at");
    }

    @Test
    void aMissingSliceLeavesTheWindowToTheReportsFound() {
        // VAL13 is the earliest; without it the other four span 1h 38m, with VAL17 moved 6 h after VAL14 they do not.
        ProofRunResult run = run(HaFixture.passing().without("VAL13").generatedAt("VAL17", "2026-03-23T18:20:45Z"));

        Map<String, ProofRunResult.Shown> expected = Val26Runs.sliceMissing("VAL13", "VAL26-01", "VAL26-06 VAL26-07");
        expected.put("VAL26-WINDOW", FAILED);
        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.message("VAL26-WINDOW")).contains("across 4 of 5 reports");
    }
}

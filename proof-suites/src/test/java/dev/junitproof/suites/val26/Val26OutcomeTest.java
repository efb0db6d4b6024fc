package dev.junitproof.suites.val26;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/** Each fixture variant of issue 3: the exact outcome of every VAL26 test, and the verdict. */
class Val26OutcomeTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(HaFixture fixture) {
        return Val26Runs.run(tmp, fixture);
    }

    @Test
    void theSeedsSampleIsHaDesignPartnerReady() {
        ProofRunResult run = run(HaFixture.passing());

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passing());
        assertThat(Val26Runs.verdict(run)).isEqualTo("HA DESIGN PARTNER READY");
        assertThat(run.message("HA_GA")).contains("VAL18 30-day HA soak", "Streaming-replication promotion failover");
    }

    @ParameterizedTest(name = "SIGTERM failover {0} ms -> {1}")
    @CsvSource({"5000, PASSED", "5001, FAILED"})
    void sigtermFailoverAtAndJustPastFiveSeconds(int ms, Shown expected) {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/failover/sigterm_ms", ms));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(
                expected == PASSED ? Val26Runs.passing() : Val26Runs.metricFails("VAL13-sigterm", "VAL26-06"));
        if (expected == FAILED) {
            assertThat(run.message("VAL26-06")).contains("measured: 5001 ms", "source:   val13-report.json /failover/sigterm_ms");
            assertThat(Val26Runs.verdict(run)).isEqualTo("HA NOT READY");
        }
    }

    @Test
    void aLostRowFailsZeroDataLossEvenWhenDataLossRowsSaysZero() {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/failover/rows_after", 1199));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL13-data-loss", "VAL26-07"));
        assertThat(run.message("VAL26-07")).contains("rows after failover", "1199", "1200");
    }

    @Test
    void aReportedDataLossFailsZeroDataLoss() {
        ProofRunResult run = run(HaFixture.passing().set("VAL13", "/failover/data_loss_rows", 3));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL13-data-loss", "VAL26-07"));
        assertThat(run.message("VAL13-data-loss")).contains("rows lost across the failover = 3 does not meet = 0");
    }

    @Test
    void aChecksumMismatchFailsRestoreCorrectnessUnderAllPassChecks() {
        ProofRunResult run = run(HaFixture.passing().set("VAL15", "/backup/sha256_file", "0".repeat(64)));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL15-checksum", "VAL26-08"));
        assertThat(run.message("VAL26-08")).contains("/backup/sha256_cli vs /backup/sha256_file");
        assertThat(Val26Runs.text(run)).contains("SHA-256 checksum: FAIL");
    }

    @Test
    void aTableWhoseRowCountChangedFailsRestoreCorrectness() {
        ProofRunResult run = run(HaFixture.passing().set("VAL15", "/backup/rows_after/audit_log", 511));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL15-restore-correctness", "VAL26-08"));
        assertThat(run.message("VAL26-08")).contains("audit_log=512 -> 511");
    }

    @Test
    void aTableMissingAfterRestoreFailsRestoreCorrectness() {
        ProofRunResult run = run(HaFixture.passing().remove("VAL15", "/backup/rows_after/devices"));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL15-restore-correctness", "VAL26-08"));
        assertThat(run.message("VAL26-08")).contains("devices=48 -> null");
    }

    @Test
    void aPayloadSpotMismatchFailsRestoreCorrectness() {
        ProofRunResult run = run(HaFixture.passing().set("VAL15", "/backup/payload_spot_match", false));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL15-restore-correctness", "VAL26-08"));
    }

    @Test
    void protectedWritesAcceptedDuringQuorumLossFailWhateverTheChecksClaim() {
        ProofRunResult run = run(HaFixture.passing().set("VAL17", "/quorum/can_accept_protected_writes", true));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL17-protected-writes", "VAL26-09"));
        assertThat(run.message("VAL26-09")).contains("VAL17-protected-writes FAIL: val17-report.json "
                + "/quorum/can_accept_protected_writes = true (target = false)");
    }

    @Test
    void writesNotBlockedDuringQuorumLossFail() {
        ProofRunResult run = run(HaFixture.passing().set("VAL17", "/quorum/write_block_active", false));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL17-write-block", "VAL26-09"));
    }

    @ParameterizedTest(name = "quorum detection {0} ms -> {1}")
    @CsvSource({"30000, PASSED", "30001, FAILED"})
    void quorumDetectionAtAndJustPastThirtySeconds(int ms, Shown expected) {
        ProofRunResult run = run(HaFixture.passing().set("VAL17", "/quorum/loss_detection_ms", ms));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(
                expected == PASSED ? Val26Runs.passing() : Val26Runs.metricFails("VAL17-loss-detection", "VAL26-09"));
    }

    @Test
    void aMetricCheckNeedsItsSliceCheckToAgree() {
        ProofRunResult run = run(HaFixture.passing().failCheck("VAL17", 3));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.metricFails("VAL17-03", "VAL26-05", "VAL26-09"));
        assertThat(run.message("VAL26-09")).contains("VAL17-03 recorded FAIL in val17-report.json /checks");
        assertThat(Val26Runs.text(run)).contains("(VAL17-03 recorded fail)");
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({
            "VAL13, VAL26-01, VAL26-06 VAL26-07",
            "VAL14, VAL26-02, ''",
            "VAL15, VAL26-03, VAL26-08",
            "VAL16, VAL26-04, ''",
            "VAL17, VAL26-05, VAL26-09"})
    void eachMissingSliceFailsItsChecksAndTheRunGoesOn(String val, String sliceCheck, String metrics) {
        ProofRunResult run = run(HaFixture.passing().without(val));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing(val, sliceCheck, metrics));
        assertThat(run.message(sliceCheck)).contains(val + " report MISSING: " + val.toLowerCase() + "-report.json not found");
    }

    @ParameterizedTest(name = "{0} schema mismatch")
    @CsvSource({
            "VAL13, /failover/sigkill_ms, VAL26-01, VAL26-06 VAL26-07, 'val13-report.json: /failover/sigkill_ms must be a number, found string'",
            "VAL14, /lag/heavy_drain_ms, VAL26-02, '', 'val14-report.json: /lag/heavy_drain_ms must be a number, found string'",
            "VAL15, /backup/payload_spot_match, VAL26-03, VAL26-08, 'val15-report.json: /backup/payload_spot_match must be a boolean, found string'",
            "VAL16, /split_brain/user_data_intact, VAL26-04, '', 'val16-report.json: /split_brain/user_data_intact must be a boolean, found string'",
            "VAL17, /quorum/recovery_ms, VAL26-05, VAL26-09, 'val17-report.json: /quorum/recovery_ms must be a number, found string'"})
    void eachSliceWithAFieldOfTheWrongTypeIsMissingNamingFileAndPointer(String val, String pointer, String check,
            String metrics, String detail) {
        ProofRunResult run = run(HaFixture.passing().set(val, pointer, "oops"));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(Val26Runs.sliceMissing(val, check, metrics));
        assertThat(run.message(check)).contains(detail);
        assertThat(Val26Runs.text(run)).contains(val + " " + HaSlices.ALL.stream().filter(x -> x.val().equals(val))
                .findFirst().orElseThrow().name());
        assertThat(Val26Runs.verdict(run)).isEqualTo("HA NOT READY");
    }

    @ParameterizedTest(name = "VAL17 at {0} -> window {1}")
    @CsvSource({
            "2026-03-23T17:52:10Z, PASSED",   // exactly 6 h after VAL13
            "2026-03-23T17:52:11Z, FAILED"})  // 6 h + 1 s
    void theWindowIsSixHoursOverTheseFiveReportsOnly(String val17At, Shown expected) {
        ProofRunResult run = run(HaFixture.passing().generatedAt("VAL17", val17At));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(expected == PASSED ? Val26Runs.passing()
                : Val26Runs.passingExcept("VAL26-WINDOW", FAILED, "VAL26-10", FAILED, "HA_DESIGN_PARTNER", FAILED));
    }

    @Test
    void derivedThresholdsFollowTheSeedsFormulas() {
        assertThat(Thresholds.derive(0, 0)).isEqualTo(new Thresholds(10, 100, 500));
        assertThat(Thresholds.derive(2, 7)).isEqualTo(new Thresholds(22, 220, 1100));
        assertThat(Thresholds.derive(3, 1)).isEqualTo(new Thresholds(10, 100, 500));
    }

    @Test
    void labThresholdsThatDisagreeAreReportedButFailNothing() {
        ProofRunResult run = run(HaFixture.passing().set("VAL14", "/thresholds/alert_ms", 750));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passing());
        assertThat(Val26Runs.text(run)).contains("alert=750 ms disagree with the derived healthy=10 degraded=100 alert=500 ms (informational, not a failure)");
        assertThat(Val26Runs.json(run).at("/replication_lag/lab_thresholds_agree").asBoolean()).isFalse();
    }

    @Test
    void derivedThresholdsAreComputedFromTheMeasuredLag() {
        ProofRunResult run = run(HaFixture.passing().set("VAL14", "/lag/light_p95_ms", 7).set("VAL14", "/lag/idle_p95_ms", 2));

        assertThat(Val26Runs.text(run).replaceAll(" +", " ")).contains("Healthy: <= 22 ms", "Degraded: <= 220 ms",
                "Alert: > 220 ms (alert threshold = 1100 ms)");
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static dev.junitproof.testing.ProofRunResult.Shown.ABORTED;
import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/** Each fixture variant: the exact outcome of every VAL25 test, and the verdict. */
class Val25OutcomeTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(FleetFixture fixture) {
        return Val25Runs.run(tmp, fixture);
    }

    @Test
    void theSeedsSampleIsDesignPartnerReady() {
        ProofRunResult run = run(FleetFixture.passing());

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passing());
        assertThat(Val25Runs.verdict(run)).isEqualTo("DESIGN PARTNER READY");
        assertThat(run.message("GA")).contains("PostgreSQL backend validation under equivalent load scenarios");
    }

    @Test
    void p99ExactlyAtTheTargetPasses() {
        ProofRunResult run = run(FleetFixture.passing().planCreateP99(500.0));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passing());
    }

    @Test
    void p99JustPastTheTargetFailsTheMatrixAndTheLevel() {
        ProofRunResult run = run(FleetFixture.passing().planCreateP99(500.1));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL25-06", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED));
        assertThat(run.message("VAL25-06")).contains("measured: 500.1 ms", "target:   <= 500 ms",
                "source:   val07-report.json /plan_create/p99_ms");
        assertThat(Val25Runs.verdict(run)).isEqualTo("NOT READY");
    }

    @Test
    void aReportedP99ItsSamplesDoNotSupportFailsNamingBothValues() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", "/plan_create/samples_ms/19", 612.0));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL25-06", FAILED, "VAL25-VERIFY-07", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED));
        assertThat(run.message("VAL25-06")).contains("reported p99=24.1ms", "disagrees", "samples_ms=612.0ms");
        assertThat(run.message("VAL25-VERIFY-07")).contains("val07-report.json /plan_create/p99_ms=24.1 but nearest-rank p99 of /plan_create/samples_ms=612.0");
    }

    @Test
    void aP50ThatDisagreesWithItsSamplesFailsOnlyTheVerification() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", "/plan_list/p50_ms", 4.0));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept("VAL25-VERIFY-07", FAILED));
        assertThat(run.message("VAL25-VERIFY-07")).contains("val07-report.json /plan_list/p50_ms=4.0 but nearest-rank p50 of /plan_list/samples_ms=5.2");
    }

    @ParameterizedTest(name = "{0}/{1} + {2}/{3} -> {4}")
    @CsvSource({
            "500, 495, 500, 495, PASSED",   // exactly 0.990
            "500, 495, 500, 494, FAILED"})  // 0.989
    void theAggregateRateIsRecomputedFromTheBatchCounts(int rt, int rok, int bt, int bok, Shown expected) {
        ProofRunResult run = run(FleetFixture.passing().batches(rt, rok, bt, bok));

        assertThat(run.outcome("VAL25-08")).isEqualTo(expected);
        assertThat(run.outcome("DESIGN_PARTNER")).isEqualTo(expected);
    }

    @Test
    void aBatchWithMoreSuccessesThanRunsContradictsItself() {
        ProofRunResult run = run(FleetFixture.passing().batches(5, 6, 5, 5));

        assertThat(run.outcome("VAL25-08")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-08")).contains("cannot exceed its total");
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({
            "VAL07, VAL25-01, VAL25-06 VAL25-VERIFY-07",
            "VAL08, VAL25-02, VAL25-07",
            "VAL09, VAL25-03, ''",
            "VAL10, VAL25-04, VAL25-08",
            "VAL11, VAL25-05, VAL25-09"})
    void eachMissingSliceFailsItsChecksAndTheRunGoesOn(String val, String sliceCheck, String metricChecks) {
        ProofRunResult run = run(FleetFixture.passing().without(val));

        Map<String, Shown> expected = Val25Runs.withoutSliceChecks(Val25Runs.passingExcept(
                val + "-report", FAILED, sliceCheck, FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED), val);
        for (String metric : metricChecks.split(" ")) {
            if (!metric.isBlank()) {
                expected.put(metric, FAILED);
            }
        }
        assertThat(run.tests("VAL25")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.message(sliceCheck)).contains(val + " report MISSING: " + val.toLowerCase() + "-report.json not found");
        assertThat(Val25Runs.text(run)).contains(val + " ").contains("MISSING");
        assertThat(Val25Runs.verdict(run)).isEqualTo("NOT READY");
    }

    @Test
    void aFieldOfTheWrongTypeIsASchemaMismatchNamingFileAndPointer() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", "/plan_create/p99_ms", "24.1"));

        assertThat(run.outcome("VAL25-01")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-01")).contains("val07-report.json: /plan_create/p99_ms must be a number, found string");
        assertThat(run.outcome("VAL25-06")).isEqualTo(FAILED);
        assertThat(Val25Runs.json(run).path("coverage").get(0).path("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void anAbsentFieldIsASchemaMismatch() {
        ProofRunResult run = run(FleetFixture.passing().remove("VAL10", "/batches/rollback"));

        assertThat(run.message("VAL25-04")).contains("val10-report.json: /batches/rollback is required but absent");
        assertThat(run.outcome("VAL25-08")).isEqualTo(FAILED);
    }

    @Test
    void aTimestampWithoutOffsetIsASchemaMismatch() {
        ProofRunResult run = run(FleetFixture.passing().generatedAt("VAL09", "2026-03-23T10:51:13"));

        assertThat(run.outcome("VAL25-03")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-03")).contains("val09-report.json: /generated_at");
    }

    @Test
    void aReportForAnotherSliceIsASchemaMismatch() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL10", "/val", "VAL11"));

        assertThat(run.message("VAL25-04")).contains("val10-report.json: /val must be \"VAL10\", found \"VAL11\"");
    }

    @Test
    void invalidJsonDegradesToMissing() {
        ProofRunResult run = run(FleetFixture.passing().rawText("VAL08", "{\"val\": \"VAL08\", "));

        assertThat(run.outcome("VAL25-02")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-02")).contains("val08-report.json: not valid JSON");
        assertThat(run.outcome("VAL25-07")).isEqualTo(FAILED);
    }

    @ParameterizedTest(name = "VAL11 at {0} -> window {1}")
    @CsvSource({
            "2026-03-23T16:15:02Z, PASSED",   // exactly 6 h after VAL07
            "2026-03-23T16:15:03Z, FAILED"})  // 6 h + 1 s
    void theEvidenceWindowIsSixHours(String val11At, Shown expected) {
        ProofRunResult run = run(FleetFixture.passing().generatedAt("VAL11", val11At));

        Shown downstream = expected == PASSED ? PASSED : FAILED;
        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL25-WINDOW", expected, "VAL25-10", downstream, "DESIGN_PARTNER", downstream));
    }

    @Test
    void anOffsetTimestampIsComparedAsAnInstant() {
        // 18:15:02+02:00 is 16:15:02Z: exactly 6 hours after VAL07, still coherent.
        ProofRunResult run = run(FleetFixture.passing().generatedAt("VAL11", "2026-03-23T18:15:02+02:00"));

        assertThat(run.outcome("VAL25-WINDOW")).isEqualTo(PASSED);
    }

    @Test
    void aTruncatedCheckListNeverReadsAsAPass() {
        ProofRunResult run = run(FleetFixture.passing().truncateChecks("VAL07", 8));

        Map<String, Shown> expected = Val25Runs.passingExcept(
                "VAL07-report", FAILED, "VAL25-01", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED);
        expected.remove("VAL07-09");
        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(expected);
        assertThat(run.message("VAL25-01")).contains("8 checks recorded, 9 expected", "missing check ids VAL07-09");
    }

    @Test
    void aDuplicatedCheckIdFailsTheSliceAndStillShowsBothChecks() {
        ProofRunResult run = run(FleetFixture.passing().duplicateCheckId("VAL09", 4, 3));

        Map<String, Shown> expected = Val25Runs.passingExcept(
                "VAL09-report", FAILED, "VAL25-03", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED);
        expected.remove("VAL09-04");
        expected.put("VAL09-03#2", PASSED);
        assertThat(run.tests("VAL25")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.message("VAL25-03")).contains("duplicated check ids VAL09-03", "missing check ids VAL09-04");
    }

    @Test
    void aLabCheckRecordedFailFailsTheSlice() {
        ProofRunResult run = run(FleetFixture.passing().failCheck("VAL09", 6));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL09-06", FAILED, "VAL25-03", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED));
        assertThat(run.message("VAL25-03")).contains("val09 9/10 checks passed", "VAL09-06 FAIL");
    }

    @Test
    void aLabCheckRecordedSkipIsPendingAndCountsAsNotPassed() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL10", "/checks/2/result", "SKIP"));

        assertThat(run.outcome("VAL10-03")).isEqualTo(ABORTED);
        assertThat(run.outcome("VAL25-04")).isEqualTo(FAILED);
    }

    @Test
    void theN100TierMustBeErrorFreeWhateverVal08Claims() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL08", "/tiers/3/errors", 3));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL25-07", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED));
        assertThat(run.message("VAL25-07")).contains("errors at N=100", "VAL08-05 recorded PASS");
    }

    @Test
    void errorsInAnyTierCountTowardTheTotal() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL08", "/tiers/1/errors", 1));

        assertThat(run.outcome("VAL25-07")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-07")).contains("total_errors=1");
    }

    @Test
    void thePrimaryScenarioFailingFailsThroughput() {
        ProofRunResult run = run(FleetFixture.passing().failCheck("VAL08", 5));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL08-05", FAILED, "VAL25-02", FAILED, "VAL25-07", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED));
    }

    @Test
    void dataDurabilityFailingFailsChaos() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL11", "/scenarios/data_durability", "FAIL"));

        assertThat(run.tests("VAL25")).containsExactlyEntriesOf(Val25Runs.passingExcept(
                "VAL25-09", FAILED, "VAL25-10", FAILED, "DESIGN_PARTNER", FAILED));
    }

    @Test
    void val1103MustBeTheDurabilityCheck() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL11", "/checks/2/name", "something_else"));

        assertThat(run.outcome("VAL25-09")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-09")).contains("data_durability_post_restart");
    }

    @Test
    void anIntegerTooLargeForItsFieldIsMissingNotACrash() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL09", "/scans/empty", 10_000_000_000L));

        assertThat(run.outcome("VAL25-03")).isEqualTo(FAILED);
        assertThat(run.message("VAL25-03")).contains("val09-report.json: a value does not fit its field");
        assertThat(run.outcome("VAL25-06")).isEqualTo(PASSED);
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/** Each fixture variant: the exact outcome of every VAL25 test, and the verdict. */
class Val25OutcomeTest {

    private static final String READY = "DESIGN PARTNER READY";
    private static final String NOT_READY = "NOT READY";

    @TempDir
    Path tmp;

    private ProofRunResult run(FleetFixture fixture) {
        return Val25Runs.run(tmp, fixture);
    }

    /** The one assertion every variant makes: each test's outcome, none left out, and the verdict. */
    private static void assertRun(ProofRunResult run, Map<String, Shown> expected, String verdict) {
        assertThat(run.tests("VAL25")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(Val25Runs.verdict(run)).isEqualTo(verdict);
    }

    /** The passing map with a design-partner failure caused by {@code failing} (VAL25-10 and the level follow). */
    private static Map<String, Shown> notReadyBecause(String... failing) {
        Map<String, Shown> tests = Val25Runs.passingExcept("VAL25-10", FAILED, "DESIGN_PARTNER", FAILED);
        for (String id : failing) {
            tests.put(id, FAILED);
        }
        return tests;
    }

    // --- the seed's sample -------------------------------------------------------------------------------------

    @Test
    void theSeedsSampleIsDesignPartnerReady() {
        ProofRunResult run = run(FleetFixture.passing());

        assertRun(run, Val25Runs.passing(), READY);
        assertThat(run.message("GA")).contains(FleetReadiness.GA_REQUIREMENTS);
        assertThat(run.message("GA")).doesNotContain("Design Partner Ready (VAL25-10)");
        assertThat(run.message("PUBLIC_PRODUCTION")).contains(FleetReadiness.GA_REQUIREMENTS)
                .contains(FleetReadiness.PUBLIC_REQUIREMENTS);
    }

    // --- VAL25-06 latency: at / past the target, rounding, lies ----------------------------------------------

    @Test
    void p99ExactlyAtTheTargetPasses() {
        assertRun(run(FleetFixture.passing().planCreateP99(500.0)), Val25Runs.passing(), READY);
    }

    @Test
    void p99JustPastTheTargetFailsTheMatrixAndTheLevel() {
        ProofRunResult run = run(FleetFixture.passing().planCreateP99(500.1));

        assertRun(run, notReadyBecause("VAL07-p99", "VAL25-06"), NOT_READY);
        assertThat(run.message("VAL25-06")).contains("measured: 500.1 ms", "target:   <= 500 ms",
                "source:   val07-report.json /plan_create/p99_ms");
        assertThat(run.message("VAL07-p99")).contains("plan_create p99 = 500.1 ms does not meet <= 500 ms "
                + "(val07-report.json /plan_create/p99_ms)");
        assertThat(run.message("DESIGN_PARTNER")).contains("plan_create p99 ≤ 500 ms (VAL07)");
    }

    @Test
    void aSampleAboveTheTargetFailsEvenWhenTheReportedFigureRoundsToIt() {
        // 500.04 ms rounds to the reported 500.0: the two agree, yet the samples say the target was missed.
        ProofRunResult run = run(FleetFixture.passing().planCreateP99(500.0).set("VAL07", "/plan_create/samples_ms/19", 500.04));

        assertRun(run, notReadyBecause("VAL07-p99", "VAL25-06"), NOT_READY);
        // Printed with the digits that show why: 500.04 ms, never a 500.0 that reads as met.
        assertThat(run.message("VAL07-p99")).contains("plan_create p99 = 500.04 ms does not meet <= 500 ms");
    }

    @Test
    void aReportedP99ItsSamplesDoNotSupportFailsNamingBothValuesFileAndField() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", "/plan_create/samples_ms/19", 612.0));

        assertRun(run, notReadyBecause("VAL07-p99", "VAL25-06", "VAL25-VERIFY-07"), NOT_READY);
        assertThat(run.message("VAL25-06")).contains("VAL07-p99 FAIL: reported p99=24.1ms (val07-report.json "
                + "/plan_create/p99_ms) disagrees", "/plan_create/samples_ms=612.0ms");
        assertThat(run.message("VAL25-VERIFY-07"))
                .contains("val07-report.json /plan_create/p99_ms=24.1 but nearest-rank p99 of /plan_create/samples_ms=612.0");
        assertThat(Val25Runs.text(run).replaceAll(" +", " "))
                .contains("p99: 24.1 ms [target <= 500 ms] FAIL (samples_ms give p99=612.0 ms)")
                .contains("measured p99=24.1ms; samples_ms give p99=612.0 ms");
    }

    @ParameterizedTest(name = "reported p99 {0} vs sample 24.1 -> {1}")
    @CsvSource({
            "24.14, PASSED",   // within the one-decimal rounding the lab reports with
            "24.16, FAILED"})  // beyond it
    void theReportedP99MayDifferFromItsSamplesByRoundingOnly(double reported, Shown expected) {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", "/plan_create/p99_ms", reported));

        if (expected == PASSED) {
            assertRun(run, Val25Runs.passing(), READY);
        } else {
            assertRun(run, notReadyBecause("VAL07-p99", "VAL25-06", "VAL25-VERIFY-07"), NOT_READY);
            assertThat(run.message("VAL25-VERIFY-07")).contains("/plan_create/p99_ms=24.16 but");
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "/plan_create/p50_ms, 13.0, 12.4, VAL07-p50",
            "/plan_create/p95_ms, 18.9, 19.8, VAL07-p95",
            "/plan_list/p50_ms,    4.0,  5.2, ''",
            "/plan_list/p95_ms,    7.0,  7.9, ''",
            "/plan_list/p99_ms,    9.0,  8.3, VAL07-list-p99"})
    void aPercentileItsSamplesContradictIsNotDesignPartnerEvidence(String pointer, double reported, double recomputed,
            String figure) {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", pointer, reported));

        // A lab contradicting its own raw data is not design-partner evidence, whether or not a target judges the
        // figure (plan_list p50/p95 have none): the verification fails, and with it the readiness.
        assertRun(run, figure.isEmpty() ? notReadyBecause("VAL25-VERIFY-07") : notReadyBecause("VAL25-VERIFY-07", figure),
                NOT_READY);
        String p = pointer.substring(pointer.lastIndexOf('/') + 1).replace("_ms", "");
        String samples = pointer.substring(0, pointer.lastIndexOf('/')) + "/samples_ms";
        String disagreement = "val07-report.json " + pointer + "=" + reported + " but nearest-rank " + p + " of " + samples
                + "=" + recomputed;
        assertThat(run.message("VAL25-VERIFY-07")).contains(disagreement);
        // The verdict stands, but the report does not keep quiet about it.
        assertThat(Val25Runs.text(run)).contains("  - VAL25-VERIFY-07 FAIL: " + disagreement);
    }

    /** Issue #16's example: the figure line and the matrix row say the same, and both say why. */
    @Test
    void aSampleCountThatDisagreesWithItsSamplesFailsEveryFigureReadFromThemAndSaysSo() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL07", "/plan_create/samples", 21));

        assertRun(run, notReadyBecause("VAL07-p50", "VAL07-p95", "VAL07-p99", "VAL07-samples", "VAL25-06",
                "VAL25-VERIFY-07"), NOT_READY);
        assertThat(run.message("VAL25-06")).contains("VAL07-p99 FAIL: plan_create samples=21 (val07-report.json "
                + "/plan_create/samples) disagrees with /plan_create/samples_ms, which holds 20 values");
        assertThat(run.message("VAL25-VERIFY-07")).contains("/plan_create/samples=21 but /plan_create/samples_ms holds 20 values");
        String text = Val25Runs.text(run).replaceAll(" +", " ");
        assertThat(text).contains("p99: 24.1 ms [target <= 500 ms] FAIL (samples=21 but samples_ms holds 20 values)\n",
                "VAL25-06 FAIL Latency: plan_create p99 <= 500ms [target]\n"
                        + " measured p99=24.1ms; samples=21 but samples_ms holds 20 values\n",
                "Samples (plan_create): 21 VAL07-samples FAIL\n");
        assertThat(text).doesNotContain("[target <= 500 ms] PASS (samples");
        assertThat(Val25Runs.json(run).path("checks").findValuesAsText("status")).contains("FAIL");
    }

    @Test
    void noSamplesAtAllCannotProveAP99() {
        ProofRunResult run = run(FleetFixture.passing().planCreateSamples(List.of()));

        assertRun(run, notReadyBecause("VAL07-p50", "VAL07-p95", "VAL07-p99", "VAL07-samples", "VAL25-06",
                "VAL25-VERIFY-07"), NOT_READY);
        assertThat(run.message("VAL25-06")).contains("no p99 can be recomputed");
        assertThat(run.message("VAL25-VERIFY-07")).contains("nearest-rank p99 of /plan_create/samples_ms=none");
    }

    // --- VAL25-07 throughput: errors recomputed from the tiers -------------------------------------------------

    @ParameterizedTest(name = "N=100 errors {0} -> {1}")
    @CsvSource({"0, PASSED", "1, FAILED"})
    void theN100TierMustBeErrorFreeWhateverVal08Claims(int errors, Shown expected) {
        ProofRunResult run = run(FleetFixture.passing().set("VAL08", "/tiers/3/errors", errors));

        if (expected == PASSED) {
            assertRun(run, Val25Runs.passing(), READY);
        } else {
            assertRun(run, notReadyBecause("VAL08-n100-errors", "VAL25-07"), NOT_READY);
            assertThat(run.message("VAL25-07")).contains("VAL08-n100-errors FAIL: errors at N=100 = 1 does not meet = 0 "
                    + "(val08-report.json /tiers/3/errors)", "total_errors=1");
        }
    }

    @Test
    void errorsInAnyTierCountTowardTheTotal() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL08", "/tiers/1/errors", 1));

        assertRun(run, notReadyBecause("VAL25-07"), NOT_READY);
        assertThat(run.message("VAL25-07")).contains("total_errors=1", "errors summed over every tier");
    }

    @Test
    void noN100TierMeansThePrimaryScenarioIsUnproven() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL08", "/tiers/3/n", 50));

        assertRun(run, notReadyBecause("VAL08-tiers", "VAL08-n100-errors", "VAL08-n100-wall", "VAL08-scaling", "VAL25-07"),
                NOT_READY);
        assertThat(run.message("VAL25-07")).contains("no N=100 tier in val08-report.json /tiers");
        assertThat(run.message("VAL08-tiers")).contains("no tier n=100; tier n=50 recorded 2 times");
    }

    @Test
    void thePrimaryScenarioFailingFailsThroughput() {
        ProofRunResult run = run(FleetFixture.passing().failCheck("VAL08", 5));

        assertRun(run, notReadyBecause("VAL08-05", "VAL25-02", "VAL25-07"), NOT_READY);
        assertThat(run.message("VAL25-07")).contains("VAL08-05 (primary N=100 scenario)");
    }

    // --- VAL25-08 rollback aggregate, recomputed from the batch counts -----------------------------------------

    @ParameterizedTest(name = "{0}/{1} + {2}/{3} -> {4}")
    @CsvSource({
            "500, 495, 500, 495, ''",                                    // exactly 0.990 each
            "500, 495, 500, 494, 'VAL10-rollback VAL10-aggregate'",      // rollback 0.988, aggregate 0.989
            "5,   5,   5,   4,   'VAL10-rollback VAL10-aggregate'",      // the seed's batch size: one failure is 0.900
            "5,   4,   500, 500, 'VAL10-retry'",                          // the aggregate 504/505 meets, the retry batch not
            "0,   0,   0,   0,   'VAL10-retry VAL10-rollback VAL10-aggregate'"})  // nothing ran proves nothing
    void everyRateIsRecomputedFromTheBatchCountsAndJudgedOnItsOwn(int rt, int rok, int bt, int bok, String failing) {
        ProofRunResult run = run(FleetFixture.passing().batches(rt, rok, bt, bok));

        if (failing.isEmpty()) {
            assertRun(run, Val25Runs.passing(), READY);
        } else {
            java.util.List<String> ids = new java.util.ArrayList<>(java.util.Arrays.asList(failing.split(" ")));
            if (ids.contains("VAL10-aggregate")) {
                ids.add("VAL25-08");
            }
            assertRun(run, notReadyBecause(ids.toArray(String[]::new)), NOT_READY);
        }
    }

    /** Issue #15's example: VAL10 retry 4/5 under all-PASS checks is a figure failing, whatever the lab says. */
    @Test
    void aRetryBatchBelowItsTargetIsNotReadyThoughTheAggregateAndTheLabsChecksPass() {
        ProofRunResult run = run(FleetFixture.passing().batches(5, 4, 500, 500));

        assertRun(run, notReadyBecause("VAL10-retry"), NOT_READY);
        assertThat(run.message("VAL10-retry")).contains("retry batch success rate = 0.8000 does not meet >= 0.990 "
                + "(val10-report.json /batches/retry)");
        assertThat(Val25Runs.text(run).replaceAll(" +", " ")).contains("Retry batch: 4/5 rate=0.8000 [target >= 0.990] FAIL\n",
                "- VAL10-retry FAIL: 0.8000 (target >= 0.990)", "✗ All five VAL07–VAL11 slices pass");
    }

    @Test
    void aBatchWithMoreSuccessesThanRunsContradictsItself() {
        // 6/5 + 4/5 aggregates to a "perfect" 10/10; the contradiction must not hide behind it.
        ProofRunResult run = run(FleetFixture.passing().batches(5, 6, 5, 4));

        assertRun(run, notReadyBecause("VAL10-retry", "VAL10-rollback", "VAL10-aggregate", "VAL25-08"), NOT_READY);
        assertThat(run.message("VAL25-08")).contains("cannot exceed its total");
        assertThat(Val25Runs.text(run).replaceAll(" +", " "))
                .contains("Retry batch: 6/5 rate=1.2000 [target >= 0.990] FAIL (ok 6 exceeds total 5 at /batches/retry)")
                .contains("Aggregate: 10/10 rate=1.0000 [target >= 0.990] FAIL (ok 6 exceeds total 5 at /batches/retry)");
    }

    // --- VAL25-09 and VAL25-05 chaos -----------------------------------------------------------------------------

    @Test
    void dataDurabilityFailingFailsChaos() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL11", "/scenarios/data_durability", "FAIL"));

        assertRun(run, notReadyBecause("VAL11-data-durability", "VAL25-05", "VAL25-09"), NOT_READY);
        assertThat(run.message("VAL25-05")).contains("/scenarios/data_durability=FAIL");
        assertThat(run.message("VAL25-09")).contains("VAL11-data-durability FAIL: VAL11 scenario data_durability recorded FAIL");
    }

    @Test
    void anyScenarioRecordedFailContradictsAnAllPassCheckList() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL11", "/scenarios/rapid_restart_3x", "FAIL"));

        assertRun(run, notReadyBecause("VAL11-rapid-restart", "VAL25-05"), NOT_READY);
        assertThat(run.message("VAL25-05")).contains("/scenarios/rapid_restart_3x=FAIL",
                "its own outcomes say otherwise: rapid_restart_3x recorded fail");
        assertThat(Val25Runs.text(run).replaceAll(" +", " ")).contains("3x rapid restart resilience: FAIL\n");
    }

    /** The scenarios object is judged whole: one the seed does not name fails VAL25-05 unless it passed. */
    @ParameterizedTest(name = "extra scenario recorded {0} -> {1}")
    @CsvSource({"'\"FAIL\"', FAILED", "'\"PASS\"', PASSED", "'7', FAILED"})
    void aScenarioTheSeedDoesNotNameIsJudgedToo(String recorded, Shown expected) throws Exception {
        ProofRunResult run = run(FleetFixture.passing().set("VAL11", "/scenarios/network_partition",
                dev.junitproof.testing.JsonFixtures.MAPPER.readTree(recorded)));

        if (expected == PASSED) {
            assertRun(run, Val25Runs.passing(), READY);
            assertThat(Val25Runs.text(run)).contains("Scenario the seed does not name: network_partition (recorded as passed");
        } else {
            assertRun(run, notReadyBecause("VAL25-05"), NOT_READY);
            assertThat(run.message("VAL25-05")).contains("/scenarios/network_partition=", "a scenario the seed does not name");
        }
    }

    @Test
    void val1103MustBeTheDurabilityCheck() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL11", "/checks/2/name", "something_else"));

        assertRun(run, notReadyBecause("VAL25-09"), NOT_READY);
        assertThat(run.message("VAL25-09")).contains("data_durability_post_restart");
    }

    @Test
    void val1103RecordedFailFailsDurability() {
        ProofRunResult run = run(FleetFixture.passing().failCheck("VAL11", 3));

        assertRun(run, notReadyBecause("VAL11-03", "VAL25-05", "VAL25-09"), NOT_READY);
    }

    // --- missing slices and schema mismatches --------------------------------------------------------------------

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({"VAL07", "VAL08", "VAL09", "VAL10", "VAL11"})
    void eachMissingSliceFailsItsChecksAndTheRunGoesOn(String val) {
        ProofRunResult run = run(FleetFixture.passing().without(val));

        assertRun(run, Val25Runs.unreadable(val), NOT_READY);
        String file = val.toLowerCase() + "-report.json";
        assertThat(run.message(val + "-report")).contains(val + " report MISSING: " + file + " not found");
        // The row's status is its check's (VAL25-0x FAIL); the seed's MISSING is what the row says about the slice.
        assertThat(Val25Runs.text(run).replaceAll(" +", " "))
                .contains(val + " " + FleetSlices.ALL.stream().filter(s -> s.val().equals(val)).findFirst().orElseThrow().name()
                        + " FAIL (MISSING: " + file + " not found)");
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
            "VAL07 | /plan_create/p99_ms   | \"24.1\"                | val07-report.json: /plan_create/p99_ms must be a number, found string",
            "VAL08 | /tiers/0/n            | 7                     | val08-report.json: /tiers/0/n",
            "VAL09 | /generated_at         | \"2026-03-23T10:51:13\" | val09-report.json: /generated_at",
            "VAL10 | /val                  | \"VAL11\"               | val10-report.json: /val must be \"VAL10\", found \"VAL11\"",
            "VAL11 | /scenarios/cascade_recovery | \"MAYBE\"         | val11-report.json: /scenarios/cascade_recovery",
            "VAL09 | /scans/empty          | 10000000000           | val09-report.json: a value does not fit its field",
            "VAL07 | /checks/0/result      | \"pass\"                | val07-report.json: /checks/0/result"})
    void aReportThatDoesNotMatchItsSchemaIsMissingNamingFileAndPointer(String val, String pointer, String json, String detail)
            throws Exception {
        ProofRunResult run = run(FleetFixture.passing().set(val, pointer, dev.junitproof.testing.JsonFixtures.MAPPER.readTree(json)));

        assertRun(run, Val25Runs.unreadable(val), NOT_READY);
        String matrixRow = Map.of("VAL07", "VAL25-01", "VAL08", "VAL25-02", "VAL09", "VAL25-03", "VAL10", "VAL25-04",
                "VAL11", "VAL25-05").get(val);
        assertThat(run.message(matrixRow)).contains(val + " report MISSING: " + detail);
        assertThat(Val25Runs.json(run).path("coverage").findValuesAsText("status"))
                .containsExactlyElementsOf(FleetSlices.ALL.stream().map(s -> s.val().equals(val) ? "FAIL" : "PASS").toList());
        assertThat(Val25Runs.json(run).path("coverage").findValuesAsText("detail"))
                .anyMatch(d -> d.startsWith("MISSING: " + detail));
    }

    @Test
    void anAbsentFieldIsASchemaMismatch() {
        ProofRunResult run = run(FleetFixture.passing().remove("VAL10", "/batches/rollback"));

        assertRun(run, Val25Runs.unreadable("VAL10"), NOT_READY);
        assertThat(run.message("VAL25-04")).contains("val10-report.json: /batches/rollback is required but absent");
    }

    @Test
    void invalidJsonDegradesToMissing() {
        ProofRunResult run = run(FleetFixture.passing().rawText("VAL08", "{\"val\": \"VAL08\", "));

        assertRun(run, Val25Runs.unreadable("VAL08"), NOT_READY);
        assertThat(run.message("VAL25-02")).contains("val08-report.json: not valid JSON");
    }

    // --- the 6-hour evidence window ------------------------------------------------------------------------------

    @ParameterizedTest(name = "VAL11 at {0} -> window {1}")
    @CsvSource({
            "2026-03-23T16:15:02Z,      PASSED",   // exactly 6 h after VAL07
            "2026-03-23T16:15:03Z,      FAILED",   // 6 h + 1 s
            "2026-03-23T18:15:02+02:00, PASSED"})  // 16:15:02Z written with an offset: compared as an instant
    void theEvidenceWindowIsSixHours(String val11At, Shown expected) {
        FleetFixture fixture = FleetFixture.passing().generatedAt("VAL11", val11At);
        ProofRunResult run = run(fixture);

        if (expected == PASSED) {
            assertRun(run, Val25Runs.passing(), READY);
        } else {
            assertRun(run, notReadyBecause("VAL25-WINDOW"), NOT_READY);
            assertThat(run.message("DESIGN_PARTNER")).contains("Evidence timestamps are coherent (single 6-hour evidence window)");
            assertThat(Val25Runs.text(run)).contains("NOT a single coherent evidence window (spread 6h 0m 1s > 6h)");
        }
    }

    @Test
    void theWindowSpansOnlyTheReportsFound() {
        // VAL11 written a day later but missing: the four found reports are coherent; VAL11's absence fails on its own.
        ProofRunResult run = run(FleetFixture.passing().generatedAt("VAL11", "2026-03-24T11:40:21Z").without("VAL11"));

        assertRun(run, Val25Runs.unreadable("VAL11"), NOT_READY);
        assertThat(run.outcome("VAL25-WINDOW")).isEqualTo(PASSED);
    }

    // --- check lists: truncated, duplicated, extended, not passed -----------------------------------------------

    @Test
    void aTruncatedCheckListNeverReadsAsAPass() {
        ProofRunResult run = run(FleetFixture.passing().truncateChecks("VAL07", 8));

        Map<String, Shown> expected = notReadyBecause("VAL07-report", "VAL25-01");
        expected.remove("VAL07-09");
        assertRun(run, expected, NOT_READY);
        assertThat(run.message("VAL25-01")).contains("8 checks recorded, 9 expected", "missing check ids VAL07-09");
    }

    @Test
    void aTruncatedVal08LosesItsPrimaryScenarioToo() {
        ProofRunResult run = run(FleetFixture.passing().truncateChecks("VAL08", 4));

        Map<String, Shown> expected = notReadyBecause("VAL08-report", "VAL25-02", "VAL25-07");
        for (int n = 5; n <= 10; n++) {
            expected.remove(String.format("VAL08-%02d", n));
        }
        assertRun(run, expected, NOT_READY);
        assertThat(run.message("VAL25-07")).contains("VAL08-05 (primary N=100 scenario)", "absent");
    }

    @Test
    void aDuplicatedCheckIdFailsTheSliceAndStillShowsBothChecks() {
        ProofRunResult run = run(FleetFixture.passing().duplicateCheckId("VAL09", 4, 3));

        Map<String, Shown> expected = notReadyBecause("VAL09-report", "VAL25-03");
        expected.remove("VAL09-04");
        expected.put("VAL09-03#2", PASSED);
        assertRun(run, expected, NOT_READY);
        assertThat(run.message("VAL25-03")).contains("duplicated check ids VAL09-03", "missing check ids VAL09-04");
        assertThat(Val25Runs.json(run).path("coverage").get(2).path("status").asText()).isEqualTo("FAIL");
    }

    @Test
    void anEleventhCheckIsNotACompleteRunEither() {
        ProofRunResult run = run(FleetFixture.passing().addCheck("VAL10", "VAL10-11", "extra_check", "PASS"));

        Map<String, Shown> expected = notReadyBecause("VAL10-report", "VAL25-04");
        expected.put("VAL10-11", PASSED);
        assertRun(run, expected, NOT_READY);
        assertThat(run.message("VAL25-04")).contains("11 checks recorded, 10 expected", "unexpected check ids VAL10-11");
    }

    @Test
    void aLabCheckRecordedFailFailsTheSlice() {
        ProofRunResult run = run(FleetFixture.passing().failCheck("VAL09", 6));

        assertRun(run, notReadyBecause("VAL09-06", "VAL25-03"), NOT_READY);
        assertThat(run.message("VAL25-03")).contains("val09 9/10 checks passed", "VAL09-06 FAIL");
    }

    /** A skipped check is not "not yet due": its test fails, saying the lab skipped it. */
    @Test
    void aLabCheckRecordedSkipFailsItsTestAndCountsAsNotPassed() {
        ProofRunResult run = run(FleetFixture.passing().set("VAL10", "/checks/2/result", "SKIP"));

        assertRun(run, notReadyBecause("VAL10-03", "VAL25-04"), NOT_READY);
        assertThat(run.message("VAL10-03")).contains("VAL10-03 retry_success_rate recorded SKIP by the lab in "
                + "val10-report.json /checks/2: the lab skipped it, and a skipped check counts as not passed");
        assertThat(run.message("VAL25-04")).contains("val10 9/10 checks passed", "VAL10-03 SKIP");
    }
}

package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 2 through the whole engine: each figure the seed gives a target is judged by a check of its own
 * against {@link M4Targets}, whatever the lab recorded beside it; the figure's check alone fails (with its gate and
 * certification), the text report's Figures table prints the figure with that check's status, the JSON carries
 * it typed, and a figure short of its target by less than the printed digits still prints why it failed.
 */
class Pin015FiguresTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(M4Fixture fixture) {
        return Pin015Runs.run(tmp, fixture);
    }

    private static JsonNode check(ProofRunResult run, String id) {
        for (JsonNode c : Pin015Runs.json(run).path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id);
    }

    @Test
    void twentyOneAlertRulesFailTheirFigureWhileTheLabsThreeResultsStayPass() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.PHASE_A, "/rules_loaded", 21));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.ALERT_RULES, FAILED, "M4-01", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(PhaseChecks.ALERT_RULES)).contains(
                "alert rules loaded = 21 does not meet >= 22 (phase-a-observability.json /rules_loaded)");
        assertThat(Pin015Runs.text(run)).contains("| 22 alert rules loaded | FAIL | 21 rules loaded; 6 rule groups active |",
                "| Alert rules loaded | 21 | >= 22 | M4-A-02 | FAIL |", "| Rule groups active | 6 | >= 6 | M4-A-05 | PASS |",
                "| Prometheus alerts operational | FAIL | 21 rules, 6 groups |");
        JsonNode json = check(run, PhaseChecks.ALERT_RULES);
        assertThat(json.path("measured_value").asDouble()).isEqualTo(21);
        assertThat(json.path("target_value").asDouble()).isEqualTo(22);
        assertThat(json.path("comparator").asText()).isEqualTo(">=");
        assertThat(json.path("unit").asText()).isEqualTo("count");
    }

    @Test
    void fiveRuleGroupsFailTheirOwnCheck() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.PHASE_A, "/rule_groups", 5));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.RULE_GROUPS, FAILED, "M4-01", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(Pin015Runs.text(run)).contains("| Rule groups active | 5 | >= 6 | M4-A-05 | FAIL |");
    }

    @Test
    void fourHundredNinetyNineIterationsPerWorkerFailWithTheTotalConsistent() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.PHASE_B, "/iterations_per_worker", 499)
                .set(M4Files.PHASE_B, "/total_iterations", 3 * 499 * 5 * 3));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.ITERATIONS_PER_WORKER, FAILED, "M4-02", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(PhaseChecks.ITERATIONS_PER_WORKER)).contains("iterations per worker = 499 does not meet >= 500");
    }

    @Test
    void oneWorkerIsNotMultiWorkerDeterminism() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.PHASE_B, "/workers", 1)
                .set(M4Files.PHASE_B, "/total_iterations", 500 * 5 * 3));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.WORKERS, FAILED, "M4-02", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
    }

    @Test
    void aMismatchAcrossWorkersAndAMismatchUnderLoadFailTheirFigures() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.PHASE_B, "/mismatches", 1)
                .set(M4Files.PHASE_D_CPU, "/mismatches", 2).set(M4Files.PHASE_D_FAULTS, "/golden_corruption", 1));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.DETERMINISM_MISMATCHES, FAILED, PhaseChecks.GOLDEN_CORRUPTION, FAILED,
                PhaseChecks.CPU_MISMATCHES, FAILED, "M4-02", FAILED, "M4-04", FAILED, "M4-05", FAILED,
                M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(Pin015Runs.text(run)).contains("| Mismatches across workers | 1 | = 0 | M4-B-02 | FAIL |",
                "| Golden corruption | 1 | = 0 | M4-D-13 | FAIL |", "| Mismatches under load | 2 | = 0 | M4-D-14 | FAIL |");
    }

    @Test
    void aShadowRunPlannedJustUnderTwentyFourHoursPrintsTheDigitsThatFailIt() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.SHADOW, "/duration_h", 23.9999));

        assertThat(run.outcome(ShadowChecks.DURATION)).isEqualTo(FAILED);
        assertThat(run.message(ShadowChecks.DURATION)).contains("planned duration = 23.9999 h does not meet >= 24 h");
        assertThat(Pin015Runs.text(run)).contains("| Planned duration | 23.9999 h | >= 24 h | M4-SH-07 | FAIL |");
    }

    @Test
    void aRunbookPassWithFiveRuleGroupsFailsItsItem() {
        ProofRunResult run = run(M4Fixture.certified().runbookItem(17, "PASS", "5"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-RB-17", FAILED, "M4-08", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message("M4-RB-17")).contains("rule groups (item 17 \"Prometheus alerts\" recorded PASS) = 5 does not meet >= 6");
    }

    @Test
    void runbookPassesWhoseActualContradictsTheirExpectedFail() {
        ProofRunResult run = run(M4Fixture.certified().runbookItem(3, "PASS", "Could not connect")
                .runbookItem(18, "PASS", "several").runbookItem(12, "PASS", ""));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-RB-03", FAILED, "M4-RB-12", FAILED, "M4-RB-18", FAILED, "M4-08", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message("M4-RB-03")).contains("runbook.json /items/2/actual is \"Could not connect\", not the expected \"PONG\"");
        assertThat(run.message("M4-RB-12")).contains("without its actual result", "Record actual results");
        assertThat(run.message("M4-RB-18")).contains("\"several\" is not the number the seed expects");
    }

    @Test
    void aRunbookThatChangesAnItemsExpectedFailsIt() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.RUNBOOK, "/items/6/expected", "≥4"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-RB-07", FAILED, "M4-08", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message("M4-RB-07")).contains("runbook.json /items/6/expected \"≥4\": the seed's item 7 expects \"≥2500\"");
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 3 through the whole engine: every array PIN015 reads is judged whole, by the check that owns it. An
 * entry the seed does not name fails that check naming the entry (runbook items, lifecycle steps, fault types),
 * or, where it is harmless, is reported and changes nothing (a further workflow type, a file in shadow/golden that
 * is not a golden file). Entries twice, absent, or out of the seed's order (where the order is what ran) fail too.
 */
class Pin015WholeArraysTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(M4Fixture fixture) {
        return Pin015Runs.run(tmp, fixture);
    }

    @Test
    void aTwentyFirstRunbookItemThatFailedFailsTheTabletopGateNamingIt() {
        ProofRunResult run = run(M4Fixture.certified().append(M4Files.RUNBOOK, "/items",
                "{\"n\": 21, \"check\": \"Failover drill\", \"command\": \"./drill.sh\", \"expected\": \"OK\", "
                        + "\"actual\": \"timeout\", \"status\": \"FAIL\"}"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                RunbookChecks.ITEMS, FAILED, "M4-08", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(RunbookChecks.ITEMS)).contains(
                "runbook.json /items/20 n=21 \"Failover drill\" status \"FAIL\" is not one of the seed's 20 items");
        assertThat(run.message("M4-08")).contains("M4-RB-ITEMS FAIL: runbook.json /items/20 n=21 \"Failover drill\"");
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
        assertThat(Pin015Runs.text(run)).contains("Checklist Results: 20/20 PASS\nRunbook items:  M4-RB-ITEMS FAIL",
                "| Runbook tabletop exercise | FAIL | 20/20 items passed |", "CERTIFIED: [ ] YES  [X] NO");
    }

    @Test
    void runbookItemsOutOfTheSeedsOrderFailTheList() {
        // Item 1 once, but recorded after item 20: the seed says to execute each step in order.
        ProofRunResult run = run(M4Fixture.certified().moveToEnd(M4Files.RUNBOOK, "/items", 0));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                RunbookChecks.ITEMS, FAILED, "M4-08", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(RunbookChecks.ITEMS)).contains(
                "runbook.json /items/19 n=1 \"Backend health\" status \"PASS\" comes after \"20 Checkpoint table exists\", out of the seed's order");
    }

    @Test
    void aTenthGoldenLifecycleStepFailsThePhaseNamingItEvenRecordedPass() {
        ProofRunResult run = run(M4Fixture.certified().append(M4Files.PHASE_C, "/tests",
                "{\"name\": \"Skip signature check\", \"result\": \"PASS\"}"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.GOLDEN_STEPS_WHOLE, FAILED, "M4-03", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(PhaseChecks.GOLDEN_STEPS_WHOLE)).contains(
                "phase-c-golden.json /tests/9 \"Skip signature check\" PASS is not one of the seed's 9 steps");
        assertThat(Pin015Runs.text(run)).contains("**Tests Passed:** 9/9", "| Golden file lifecycle E2E | FAIL | 9/9 tests |");
    }

    @Test
    void killRestoreStepsOutOfOrderFailTheirPhase() {
        ProofRunResult run = run(M4Fixture.certified()
                .set(M4Files.PHASE_E, "/tests/0/name", LifecycleSteps.KILL_RESTORE.get(1))
                .set(M4Files.PHASE_E, "/tests/1/name", LifecycleSteps.KILL_RESTORE.get(0)));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.KILL_RESTORE_WHOLE, FAILED, "M4-06", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(PhaseChecks.KILL_RESTORE_WHOLE)).contains(
                "phase-e-lifecycle.json /tests/1 \"Save checkpoint mid-workflow\" PASS comes after \"Load checkpoint state\"");
    }

    @Test
    void aThirteenthFaultTypeFailsTheFaultListNamingIt() {
        ProofRunResult run = run(M4Fixture.certified().append(M4Files.PHASE_D_FAULTS, "/faults",
                "{\"type\": \"DISK_FULL\", \"injected\": true, \"expected\": \"RESOURCE\", \"classified\": \"RESOURCE\"}"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.FAULTS_WHOLE, FAILED, "M4-04", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(PhaseChecks.FAULTS_WHOLE)).contains(
                "phase-d-faults.json /faults/12 \"DISK_FULL\" classified RESOURCE is not one of the seed's 12 fault types");
    }

    @Test
    void aFaultTypeTwiceFailsItsCheckAndTheList() {
        ProofRunResult run = run(M4Fixture.certified().append(M4Files.PHASE_D_FAULTS, "/faults",
                "{\"type\": \"TIMEOUT\", \"injected\": true, \"expected\": \"TRANSIENT\", \"classified\": \"PERMANENT\"}"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-D-01", FAILED, PhaseChecks.FAULTS_WHOLE, FAILED, "M4-04", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(PhaseChecks.FAULTS_WHOLE)).contains("records \"TIMEOUT\" 2 times (at /0, /12)");
    }

    @Test
    void aFurtherWorkflowTypeIsReportedAndHarmlessAMissingOneFails() {
        ProofRunResult extra = run(M4Fixture.certified().append(M4Files.PHASE_B, "/workflow_types", "\"batch\"")
                .set(M4Files.PHASE_B, "/total_iterations", 30000));

        assertThat(extra.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certified());
        assertThat(Pin015Runs.json(extra).path("checks").findParents("id").stream()
                .filter(c -> c.path("id").asText().equals(PhaseChecks.WORKFLOW_TYPES)).findFirst().orElseThrow()
                .path("detail").asText())
                .contains("also ran: phase-b-determinism.json /workflow_types/3 \"batch\" is not one of the seed's 3 workflow types");

        ProofRunResult missing = Pin015Runs.run(tmp.resolve("missing"), M4Fixture.certified()
                .set(M4Files.PHASE_B, "/workflow_types/2", "compute").set(M4Files.PHASE_B, "/total_iterations", 22500));

        assertThat(missing.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                PhaseChecks.WORKFLOW_TYPES, FAILED, "M4-02", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(missing.message(PhaseChecks.WORKFLOW_TYPES)).contains(
                "has no entry for the seed's \"llm\"", "records \"compute\" 2 times (at /0, /2)");
    }

    @Test
    void aFileInTheGoldenDirectoryThatIsNotAGoldenFileIsReportedAndNotCounted() throws Exception {
        M4Fixture fixture = M4Fixture.certified();
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        Files.writeString(unit.resolve(GoldenFiles.DIRECTORY).resolve("wf-000009.json.tmp"), "{");
        Files.createDirectories(unit.resolve(GoldenFiles.DIRECTORY).resolve("archive"));
        dev.junitproof.testing.ProofRunner runner = dev.junitproof.testing.ProofRunner.selectDirectory(unit);
        List<String> configuration = fixture.configuration();
        for (int i = 0; i < configuration.size(); i += 2) {
            runner.config(configuration.get(i), configuration.get(i + 1));
        }

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certified());
        assertThat(Pin015Runs.json(run).path("checks").findParents("id").stream()
                .filter(c -> c.path("id").asText().equals(ShadowChecks.GOLDEN_INTACT)).findFirst().orElseThrow()
                .path("detail").asText())
                .endsWith("not golden files (not *.json): archive/, wf-000009.json.tmp");
    }
}

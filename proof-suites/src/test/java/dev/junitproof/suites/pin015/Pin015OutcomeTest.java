package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.junitproof.testing.ProofRunResult.Shown.ABORTED;
import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/** Each fixture variant of the brief: the exact outcome of every PIN015 test, and the verdict. */
class Pin015OutcomeTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(M4Fixture fixture, String... config) {
        return Pin015Runs.run(tmp, fixture, config);
    }

    @Test
    void aCertifiedRunPassesEveryCheckAndIsCertified() {
        ProofRunResult run = run(M4Fixture.certified());

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certified());
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 CERTIFIED");
    }

    @Test
    void theSeedsOwnStateIsInProgressNeverFailed() {
        ProofRunResult run = run(M4Fixture.seed());

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.seedInProgress());
        assertThat(run.message("M4-SH-01")).contains("shadow run in progress", "12 minutes", "duration_h=24");
        assertThat(run.message("M4-SH-03")).contains("0 mismatches so far over 24 cycles");
        assertThat(run.message("M4-RB-07")).contains("not yet run", "runbook.json /items/6/status");
        assertThat(run.message("M4-SIGNOFF")).contains("signoff.json absent");
        assertThat(run.message("M4-07")).contains("waiting on M4-SH-01, M4-SH-02, M4-SH-03, M4-SH-04");
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
    }

    @Test
    void oneMismatchingCycleFailsTheShadowRunAndTheRunbookItemsThatClaimedOtherwise() {
        ProofRunResult run = run(M4Fixture.certified().mismatchingCycle(3, 2));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-03", FAILED, "M4-RB-08", FAILED, "M4-RB-09", FAILED,
                "M4-07", FAILED, "M4-08", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-03")).contains("1 cycles reported mismatches: 3", "shadow/shadow.log", "= 2 does not meet = 0");
        assertThat(run.message("M4-RB-08")).contains("runbook.json records PASS for item 8", "3 \", 0 mismatches\" lines for 4 cycles");
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
    }

    @Test
    void aMismatchWhileStillInProgressFailsAtOnce() {
        ProofRunResult run = run(M4Fixture.seed().mismatchingCycle(24, 1));

        Map<String, Shown> expected = Pin015Runs.seedInProgress();
        expected.put("M4-SH-03", FAILED);
        expected.put("M4-07", FAILED);
        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(expected);
        assertThat(run.message("M4-SH-03")).contains("cycles reported mismatches: 24");
        assertThat(Pin015Runs.text(run)).contains("CERTIFIED: [ ] YES  [X] NO");
    }

    @Test
    void tooFewGoldenFilesFailTheShadowRun() {
        ProofRunResult run = run(M4Fixture.certified().goldenFiles(7));

        // 7 golden files for 8 workflows: too few, and not one per workflow.
        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-04", FAILED, "M4-SH-06", FAILED, "M4-RB-10", FAILED, "M4-07", FAILED, "M4-08", FAILED,
                "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-04")).contains("*.json files in shadow/golden/ = 7 does not meet > 7",
                "target:   > 7", "(lowered threshold)");
        assertThat(run.message("M4-RB-10")).contains("shadow/golden/ holds 7 golden files (target >7)");
    }

    @Test
    void aMisclassifiedFaultFailsNamingExpectedAndClassified() {
        ProofRunResult run = run(M4Fixture.certified().misclassify("HTTP_503", "PERMANENT"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-D-05", FAILED, "M4-04", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-D-05")).contains("HTTP_503 misclassified: expected TRANSIENT, classified PERMANENT",
                "phase-d-faults.json /faults/4/classified");
        assertThat(run.message("M4-04")).contains("M4-D-05 FAIL");
    }

    @Test
    void aFailedRunbookItemFailsTheTabletopGate() {
        ProofRunResult run = run(M4Fixture.certified().runbookItem(12, "FAIL", "section 3 FAILED"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-RB-12", FAILED, "M4-08", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-RB-12")).contains("runbook.json item 12 \"Sanity check\"", "section 3 FAILED", "FAIL");
        assertThat(Pin015Runs.text(run)).contains("Checklist Results: 19/20 PASS", "CERTIFIED: [ ] YES  [X] NO");
    }

    @Test
    void withoutASignOffTheRunWaitsAndIsNotCertified() {
        ProofRunResult run = run(M4Fixture.certified().without(M4Files.SIGNOFF));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SIGNOFF", ABORTED, "M4-09", ABORTED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SIGNOFF")).contains("awaiting SRE sign-off: signoff.json absent");
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
        assertThat(Pin015Runs.text(run)).contains("CERTIFIED: [ ] YES  [ ] NO");
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.junitproof.testing.ProofRunResult.Shown.ABORTED;
import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 5 through the whole engine: evidence PIN015 requires that is absent or unreadable fails every check
 * that needs it and the gate above them, never aborts (a MISSING or PENDING test lets a CI job go green with no
 * proof). Only what is not yet due waits: the shadow run in progress, blank runbook statuses, and the sign-off,
 * whose file is optional until someone signs ("awaiting sign-off"); a sign-off that is there but unreadable fails.
 */
class Pin015RequiredEvidenceTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> requiredFiles() {
        List<String> shadowLogChecks = ShadowChecks.ALL.stream().filter(id -> !id.equals(ShadowChecks.DURATION)).toList();
        return Stream.of(
                Arguments.of(M4Files.PHASE_A, PhaseChecks.PHASE_A, "M4-01"),
                Arguments.of(M4Files.PHASE_B, PhaseChecks.PHASE_B, "M4-02"),
                Arguments.of(M4Files.PHASE_C, PhaseChecks.PHASE_C, "M4-03"),
                Arguments.of(M4Files.PHASE_D_FAULTS, PhaseChecks.FAULT_INJECTION, "M4-04"),
                Arguments.of(M4Files.PHASE_D_CPU, PhaseChecks.CPU_STRESS, "M4-05"),
                Arguments.of(M4Files.PHASE_E, PhaseChecks.PHASE_E, "M4-06"),
                Arguments.of(M4Files.SHADOW, ShadowChecks.ALL, "M4-07"),
                Arguments.of(M4Files.SHADOW_LOG, shadowLogChecks, "M4-07"),
                Arguments.of(M4Files.RUNBOOK, RunbookChecks.IDS, "M4-08"));
    }

    @ParameterizedTest(name = "{0} absent")
    @MethodSource("requiredFiles")
    void anAbsentRequiredFileFailsWhatNeedsItAndNothingWaits(String file, List<String> checks, String gate) {
        ProofRunResult run = Pin015Runs.run(tmp, M4Fixture.certified().without(file));

        checks.forEach(id -> {
            assertThat(run.outcome(id)).as(id).isEqualTo(FAILED);
            assertThat(run.message(id)).as(id).contains("required evidence absent", file);
        });
        assertThat(run.outcome(gate)).isEqualTo(FAILED);
        assertThat(run.tests("PIN015")).doesNotContainValue(ABORTED);
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
        assertThat(Pin015Runs.text(run)).contains("CERTIFIED: [ ] YES  [X] NO");
    }

    @ParameterizedTest(name = "{0} unparsable")
    @MethodSource("requiredFiles")
    void anUnreadableRequiredFileFailsWhatNeedsIt(String file, List<String> checks, String gate) {
        String text = file.equals(M4Files.SHADOW_LOG) ? null : "{\"truncated\": ";
        if (text == null) {
            return; // a log is lines, not JSON: its unreadable forms are the scan's problems (ShadowLogScanTest)
        }
        ProofRunResult run = Pin015Runs.run(tmp, M4Fixture.certified().rawText(file, text));

        checks.forEach(id -> {
            assertThat(run.outcome(id)).as(id).isEqualTo(FAILED);
            assertThat(run.message(id)).as(id).contains("required evidence unreadable", file);
        });
        assertThat(run.outcome(gate)).isEqualTo(FAILED);
        assertThat(run.tests("PIN015")).doesNotContainValue(ABORTED);
    }

    @Test
    void anUnreadableSignOffFailsWhereAnAbsentOneWaits() {
        ProofRunResult unreadable = Pin015Runs.run(tmp, M4Fixture.certified().rawText(M4Files.SIGNOFF, "{\"owner\": "));

        assertThat(unreadable.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                SignoffCheck.ID, FAILED, "M4-09", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(unreadable.message(SignoffCheck.ID)).contains("required evidence unreadable", "signoff.json");

        ProofRunResult absent = Pin015Runs.run(tmp.resolve("absent"), M4Fixture.certified().without(M4Files.SIGNOFF));

        assertThat(absent.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                SignoffCheck.ID, ABORTED, "M4-09", ABORTED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(absent.message(SignoffCheck.ID)).contains("awaiting SRE sign-off");
    }

    @Test
    void aSignOffBeforeTheShadowRunCompletedFails() {
        ProofRunResult early = Pin015Runs.run(tmp, M4Fixture.certified().signoff("sre-oncall", "2025-12-02", true));

        assertThat(early.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                SignoffCheck.ID, FAILED, "M4-09", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(early.message(SignoffCheck.ID)).contains("signoff.json /date 2025-12-02 precedes the shadow run's "
                + "completion line (2025-12-03T13:12:19+01:00 in shadow/shadow.log)");

        ProofRunResult midRun = Pin015Runs.run(tmp.resolve("mid"), M4Fixture.seed().signoff("sre-oncall", "2025-12-02", true));

        assertThat(midRun.outcome(SignoffCheck.ID)).isEqualTo(FAILED);
        assertThat(midRun.message(SignoffCheck.ID)).contains("the shadow run has not completed (IN_PROGRESS");
    }
}

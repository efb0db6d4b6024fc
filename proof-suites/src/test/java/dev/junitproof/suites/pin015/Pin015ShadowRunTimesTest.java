package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 7 through the whole engine: a shadow log is the log of the run shadow.json describes. A time going
 * backwards, a time before {@code started_at}, a cycle begun at or after {@code started_at + duration_h} and a run
 * id other than shadow.json's each fail {@code M4-SH-05}, and with it gate M4-07, whose message names the line.
 */
class Pin015ShadowRunTimesTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(M4Fixture fixture) {
        return Pin015Runs.run(tmp, fixture);
    }

    private static void logBroken(ProofRunResult run, String line) {
        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                ShadowChecks.LOG_INTACT, FAILED, "M4-07", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message(ShadowChecks.LOG_INTACT)).contains(line);
        assertThat(run.message("M4-07")).contains("M4-SH-05 FAIL: shadow/shadow.log: 1 line out of form, order, time or run: " + line);
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
    }

    @Test
    void aTimeGoingBackwardsFailsTheShadowRunNamingTheLine() {
        ProofRunResult run = run(M4Fixture.certified().logLineReplaced("Running cycle 3",
                "2025-12-02T20:00:00+01:00 Running cycle 3"));

        logBroken(run, "line 6: time 2025-12-02T20:00:00+01:00 goes backwards (line 5 is at 2025-12-03T01:12:14+01:00)");
    }

    @Test
    void aLineBeforeStartedAtFailsTheShadowRunNamingTheLine() {
        ProofRunResult run = run(M4Fixture.certified().logLineReplaced("Shadow simulation started",
                "2025-12-02T12:12:19+01:00 Shadow simulation started: shadow_24h_20251202_131219"));

        logBroken(run, "line 1: time 2025-12-02T12:12:19+01:00 precedes shadow.json started_at 2025-12-02T13:12:19+01:00");
    }

    @Test
    void aCycleBegunPastTheRunsEndFailsTheShadowRunNamingTheLine() {
        // Cycle 4 moved to start at started_at + 24 h, completing a second later, the completion line after it.
        ProofRunResult run = run(M4Fixture.certified()
                .logLineReplaced("Shadow simulation complete", "2025-12-03T13:12:21+01:00 Shadow simulation complete")
                .logLineReplaced("Cycle 4 complete", "2025-12-03T13:12:20+01:00 Cycle 4 complete: 2 workflows, 2 replays, 0 mismatches")
                .logLineReplaced("Running cycle 4", "2025-12-03T13:12:19+01:00 Running cycle 4"));

        logBroken(run, "line 8: Running cycle 4 at 2025-12-03T13:12:19+01:00 begins at or after the run's end, "
                + "started_at + duration_h = 2025-12-03T13:12:19+01:00");
    }

    @Test
    void aLogOfAnotherRunFailsTheShadowRunNamingTheLine() {
        ProofRunResult run = run(M4Fixture.certified().logLineReplaced("Shadow simulation started",
                "2025-12-02T13:12:19+01:00 Shadow simulation started: shadow_24h_20251201_090000"));

        logBroken(run, "line 1 names run shadow_24h_20251201_090000, not shadow.json's run_id shadow_24h_20251202_131219");
    }

    @Test
    void aShadowJsonOfAnotherRunFailsTheShadowRunToo() {
        // The fixture writes its log from its shadow.json: the log keeps the run it was written for.
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.SHADOW, "/run_id", "shadow_24h_20251203_000000")
                .logLineReplaced("Shadow simulation started",
                        "2025-12-02T13:12:19+01:00 Shadow simulation started: shadow_24h_20251202_131219"));

        logBroken(run, "line 1 names run shadow_24h_20251202_131219, not shadow.json's run_id shadow_24h_20251203_000000");
        assertThat(Pin015Runs.text(run)).contains("Shadow Run ID:  shadow_24h_20251203_000000");
    }
}

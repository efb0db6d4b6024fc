package dev.junitproof.suites.pin015;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shadow log's grammar and order, line by line: every way a log can break it is a problem naming its line,
 * the sums stay complete when only the first {@link ShadowLogScan#KEEP} problems and mismatching cycles are named,
 * and the runner's chatter is skipped.
 */
class ShadowLogScanTest {

    private static final String T = "2025-12-03T10:00:00Z";

    private static ShadowLog scan(String... lines) {
        return scan(List.of(lines));
    }

    private static ShadowLog scan(List<String> lines) {
        ShadowLogScan scan = new ShadowLogScan();
        lines.forEach(scan);
        return scan.summary();
    }

    private static String running(long n) {
        return T + " Running cycle " + n;
    }

    private static String complete(long n, long mismatches) {
        return T + " Cycle " + n + " complete: 10 workflows, 20 replays, " + mismatches + " mismatches";
    }

    @Test
    void aWellFormedLogSumsItsCyclesWithoutProblems() {
        ShadowLog log = scan(running(1), complete(1, 0), "2025-12-03T10:00:05Z chatter: heartbeat ok", running(2),
                complete(2, 3), "2025-12-03T10:01:00Z Shadow simulation complete");

        assertThat(log.problems()).isEmpty();
        assertThat(log.problemCount()).isZero();
        assertThat(log.lines()).isEqualTo(6);
        assertThat(log.cyclesStarted()).isEqualTo(2);
        assertThat(log.cyclesCompleted()).isEqualTo(2);
        assertThat(log.workflows()).isEqualTo(20);
        assertThat(log.replays()).isEqualTo(40);
        assertThat(log.mismatches()).isEqualTo(3);
        assertThat(log.zeroMismatchCycles()).isEqualTo(1);
        assertThat(log.mismatchingCycles()).containsExactly(2L);
        assertThat(log.mismatchingCount()).isEqualTo(1);
        assertThat(log.completedAt()).contains(OffsetDateTime.parse("2025-12-03T10:01:00Z"));
    }

    @Test
    void aCycleStartedBeforeTheLastCompletedAndOutOfTurnIsNamed() {
        ShadowLog log = scan(running(1), running(3));

        assertThat(log.problems()).containsExactly("line 2: cycle 3 started before cycle 1 completed",
                "line 2: Running cycle 3 where cycle 2 was due");
        assertThat(log.problemCount()).isEqualTo(2);
        assertThat(log.cyclesStarted()).isEqualTo(2);
    }

    @Test
    void aCompletionWithoutItsRunningLineIsNamed() {
        ShadowLog log = scan(running(1), complete(2, 0));

        assertThat(log.problems()).containsExactly("line 2: Cycle 2 complete without its Running cycle line");
        assertThat(log.cyclesCompleted()).isEqualTo(1);
    }

    @Test
    void cycleLinesAfterTheCompletionLineAndASecondCompletionAreNamed() {
        ShadowLog log = scan(running(1), complete(1, 0), T + " Shadow simulation complete", running(2), complete(2, 0),
                T + " Shadow simulation complete");

        assertThat(log.problems()).containsExactly("line 4: a cycle line after the completion line",
                "line 5: a cycle line after the completion line", "line 6: a second completion line");
    }

    @Test
    void completionWithACycleStillOpenIsNamedAndClosesIt() {
        ShadowLog log = scan(running(1), T + " Shadow simulation complete", T + " Shadow simulation complete");

        assertThat(log.problems()).containsExactly("line 2: simulation complete while cycle 1 never completed",
                "line 3: a second completion line");
    }

    @Test
    void aTimeWithoutOffsetIsNamedAndNotUsed() {
        ShadowLog log = scan("2025-12-03T10:00:00 Running cycle 1");

        assertThat(log.problems())
                .containsExactly("line 1: \"2025-12-03T10:00:00\" is not an ISO-8601 time with an offset");
        assertThat(log.lastCycleStart()).isEmpty();
        assertThat(log.cyclesStarted()).isEqualTo(1);
    }

    @Test
    void aMentionOfMismatchesOutsideTheContractsFormIsAProblemNotChatter() {
        ShadowLog log = scan(running(1), T + " Cycle 1 complete: 10 workflows, 20 replays, 1 mismatch");

        assertThat(log.problems()).containsExactly("line 2 is not in the contract's form: \"" + T
                + " Cycle 1 complete: 10 workflows, 20 replays, 1 mismatch\"");
        assertThat(log.mismatches()).isZero();
    }

    @Test
    void aLongLineIsQuotedUpTo120Characters() {
        String exactly120 = "cycle " + "x".repeat(114);
        String over = "cycle " + "y".repeat(115);

        ShadowLog log = scan(exactly120, over);

        assertThat(log.problems()).containsExactly(
                "line 1 is not in the contract's form: \"" + exactly120 + "\"",
                "line 2 is not in the contract's form: \"" + over.substring(0, 117) + "...\"");
    }

    @Test
    void onlyTheFirstProblemsAndMismatchingCyclesAreNamedButAllAreCounted() {
        List<String> lines = new ArrayList<>();
        LongStream.rangeClosed(1, ShadowLogScan.KEEP + 2).forEach(n -> {
            lines.add(running(n));
            lines.add(complete(n, n));
        });
        LongStream.rangeClosed(1, ShadowLogScan.KEEP + 2).forEach(n -> lines.add("cycle chatter " + n));

        ShadowLog log = scan(lines);

        assertThat(log.mismatchingCount()).isEqualTo(ShadowLogScan.KEEP + 2);
        assertThat(log.mismatchingCycles()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(log.mismatches()).isEqualTo(78);
        assertThat(log.problemCount()).isEqualTo(ShadowLogScan.KEEP + 2);
        assertThat(log.problems()).hasSize(ShadowLogScan.KEEP)
                .startsWith("line 25 is not in the contract's form: \"cycle chatter 1\"")
                .endsWith("line 34 is not in the contract's form: \"cycle chatter 10\"");
    }
    /** The run a log is held to: started 10:00 UTC, 2 hours. */
    private static final ShadowParameters RUN = new ShadowParameters("shadow_2h_20251203_100000", "2025-12-03T10:00:00Z",
            2, 1, 1800, 10, null);

    private static ShadowLog scanRun(String... lines) {
        ShadowLogScan scan = new ShadowLogScan(java.util.Optional.of(RUN));
        List.of(lines).forEach(scan);
        return scan.summary();
    }

    @Test
    void aLogOfItsRunInTimeAndOrderHasNoProblems() {
        ShadowLog log = scanRun("2025-12-03T10:00:00Z Shadow simulation started: shadow_2h_20251203_100000",
                "2025-12-03T10:00:00Z Running cycle 1", "2025-12-03T10:29:55Z Cycle 1 complete: 1 workflows, 1 replays, 0 mismatches",
                "2025-12-03T11:30:00Z Running cycle 2", "2025-12-03T13:00:05+01:00 Cycle 2 complete: 1 workflows, 1 replays, 0 mismatches",
                "2025-12-03T12:00:10Z Shadow simulation complete");

        // The last cycle may complete, and the run say so, after started_at + duration_h; only a cycle may not begin there.
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void aTimeGoingBackwardsIsNamedWithTheLineBefore() {
        ShadowLog log = scanRun("2025-12-03T10:00:00Z Running cycle 1",
                "2025-12-03T09:59:59Z Cycle 1 complete: 1 workflows, 1 replays, 0 mismatches");

        assertThat(log.problems()).contains(
                "line 2: time 2025-12-03T09:59:59Z goes backwards (line 1 is at 2025-12-03T10:00:00Z)");
    }

    @Test
    void aTimeBeforeStartedAtIsNamed() {
        ShadowLog log = scanRun("2025-12-03T09:00:00Z Running cycle 1");

        assertThat(log.problems()).containsExactly(
                "line 1: time 2025-12-03T09:00:00Z precedes shadow.json started_at 2025-12-03T10:00:00Z");
    }

    @Test
    void aCycleBegunAtOrAfterTheRunsEndIsNamed() {
        ShadowLog log = scanRun("2025-12-03T10:00:00Z Running cycle 1",
                "2025-12-03T10:29:55Z Cycle 1 complete: 1 workflows, 1 replays, 0 mismatches",
                "2025-12-03T12:00:00Z Running cycle 2");

        assertThat(log.problems()).containsExactly("line 3: Running cycle 2 at 2025-12-03T12:00:00Z begins at or after the "
                + "run's end, started_at + duration_h = 2025-12-03T12:00:00Z");
    }

    @Test
    void aRunIdOtherThanShadowJsonsIsNamedWhereverALineNamesIt() {
        ShadowLog log = scanRun("2025-12-03T10:00:00Z Shadow simulation started: other-run",
                "2025-12-03T10:00:01Z note: copied from shadow_24h_20251202_131219");

        assertThat(log.problems()).containsExactly(
                "line 1 starts run other-run, not shadow.json's run_id shadow_2h_20251203_100000",
                "line 2 names run shadow_24h_20251202_131219, not shadow.json's run_id shadow_2h_20251203_100000");
    }

    @Test
    void withoutItsRunOnlyGrammarAndOrderAreHeld() {
        ShadowLog log = scan("2025-12-03T09:00:00Z Shadow simulation started: anything", "2025-12-03T09:00:00Z Running cycle 1");

        assertThat(log.problems()).isEmpty();
    }
}

package dev.junitproof.suites.val24;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.suites.val24.Val24Runs.expect;
import static dev.junitproof.suites.val24.Val24Runs.matrix;
import static dev.junitproof.testing.ProofRunResult.Shown.ABORTED;
import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A healthy soak seen at day 1 (before the first outage), 3, 8 and 15: each check turns from PENDING to PASS
 * on its due day, the report is the furthest mode reached, and the verdict stays IN PROGRESS until day 30
 * (day 30 itself: {@link Val24GoldenTest}).
 */
class Val24ScheduleTest {

    @Test
    void day1BeforeTheFirstOutage(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().rounds(46), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPAAAAAAA"));
        assertThat(result.message("VAL24-04")).contains("due with the first outage round, by day 1");
        assertThat(result.message("VAL24-05")).contains("due with the first recovery round, by day 2");
        assertThat(result.message("VAL24-06")).contains("not yet due: due on day 7");
        assertThat(result.message("VAL24-08")).contains("not yet due: due on day 14");
        assertThat(result.message("VAL24-09")).contains("not yet due: due on day 30");
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D01", PASSED).containsEntry("GATE_D", ABORTED);
        String text = result.report(Val24Runs.UNIT, "val24-status.txt");
        assertThat(text).contains("Elapsed: 0 day(s) (46/1440 rounds)\n", "Overall: PASS=3 FAIL=0 PENDING=7\n",
                "Gate D: IN PROGRESS (delivery=0.9978, retry=n/a, loss=0)\n");
    }

    @Test
    void day3(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAAAA"));
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D01", PASSED).containsEntry("VAL24-D02", PASSED)
                .containsEntry("VAL24-D03", PASSED).doesNotContainKey("VAL24-D04");
        assertThat(result.report(Val24Runs.UNIT, "val24-daily.txt"))
                .contains("Elapsed: 3 day(s) (144/1440 rounds)\n", "Outage rounds: 3\n",
                        "Recovery rounds: 3 retried: 7 recovered: 7\n", "Gate D: IN PROGRESS (");
    }

    @Test
    void day8(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(8), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPPPAAA"));
        assertThat(result.report(Val24Runs.UNIT, "val24-checkpoint-7d.txt"))
                .contains("VAL24-06 PASS clean_delivery_rate=", "VAL24-07 PASS retry_recovery_rate=1.0000 >= 0.990",
                        "VAL24-08 PENDING not yet due: due on day 14", "Gate D: IN PROGRESS");
    }

    @Test
    void day15(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(15), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPPPPAA"));
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D15", PASSED).containsEntry("GATE_D", ABORTED);
        assertThat(result.report(Val24Runs.UNIT, "val24-checkpoint-14d.txt"))
                .contains("VAL24-08 PASS loss_count=0, loss_rate=0.0000", "Overall: PASS=8 FAIL=0 PENDING=2");
    }

    @Test
    void aHalfWrittenNewestRoundIsInProgressNotLoss(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).halfWrittenRound(), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAAAA"));
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D04", ABORTED);
        assertThat(result.message("VAL24-D04")).contains("round 145 in progress", "r000145.json not found");
        String text = result.report(Val24Runs.UNIT, "val24-daily.txt");
        assertThat(text).contains("Elapsed: 3 day(s) (144/1440 rounds)\nIn progress: round 145 (rounds/r000145.json not found)\n",
                "Total loss (silent): 0\n").doesNotContain("never seeded");
    }

    @Test
    void aRehearsalSoakIsJudgedAtItsEndAndCannotLowerGateDsBar(@TempDir Path temp) {
        // soak.json declares 96 rounds; Gate D's bar is the seed's 1,440 whatever the evidence declares.
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().roundsTarget(96).rounds(96), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPPPPFF"));
        assertThat(result.displayName("VAL24-09")).isEqualTo("VAL24-09 Total rounds ≥ 1,440");
        // Planned short of the bar it can never meet: VAL24-09 says so (at the end, and already before it).
        assertThat(result.message("VAL24-09")).contains("soak.json plans rounds_target=96, fewer than Gate D's 1,440 rounds");
        assertThat(result.report(Val24Runs.UNIT, "val24-final.txt")).contains("Gate D: FAIL (");
    }

    @Test
    void aSoakPlannedShortOfGateDFailsItsRoundsAtOnceNotAtItsEnd(@TempDir Path temp) {
        // Day 1 of a soak that plans 1,439 rounds: nothing later can make VAL24-09, and so Gate D, pass.
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().roundsTarget(1439).rounds(46), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPAAAAAFF"));
        assertThat(result.message("VAL24-09")).contains("rounds_target=1439, fewer than Gate D's 1,440 rounds");
        assertThat(result.message("VAL24-10")).contains("not met: VAL24-09");
    }
}

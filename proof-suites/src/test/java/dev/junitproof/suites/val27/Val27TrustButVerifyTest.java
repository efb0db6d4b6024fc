package dev.junitproof.suites.val27;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.junitproof.suites.val27.RelaySlice.VAL20;
import static dev.junitproof.suites.val27.RelaySlice.VAL21;
import static dev.junitproof.suites.val27.RelaySlice.VAL22;
import static dev.junitproof.suites.val27.RelaySlice.VAL23;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labs' own verdicts are not taken on trust: every lab check below still says PASS, yet the figures the
 * matrix recomputes disagree, and the check that uses them fails naming both values, the file and the field.
 */
class Val27TrustButVerifyTest {

    private static Map<String, Shown> failing(String... ids) {
        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.passing());
        for (String id : ids) {
            expected.put(id, Shown.FAILED);
        }
        return expected;
    }

    @Test
    void val21AccountingIsRecomputedNotReadFromAccounted(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL21, "/sb/delivered", 5));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-06"));
        assertThat(run.message("VAL27-06"))
                .contains("sb.delivered + sb.deadletter = 5 + 4 = 9 but sb.accounted=10 "
                        + "(val21-relay-overflow-local-2026-03-20/val21-summary.json /sb/accounted)")
                .contains("1 segment(s) unaccounted");
        assertThat(Val27Runs.text(run)).contains("S-B LRU eviction: delivered 5 + deadletter 4 = 9 accounted=10 seeded=10 "
                + "evicted=4 [target == sb.accounted == 10] FAIL");
    }

    @Test
    void anAccountedSumThatMissesSeededSegmentsIsLoss(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL21, "/sb/seeded", 12));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-06"));
        assertThat(run.message("VAL27-06")).contains("sb.delivered + sb.deadletter = 10 but sb.seeded=12");
    }

    @Test
    void deepDrainMustDeliverAll200(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL21, "/sa/delivered", 199));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-06"));
        assertThat(run.message("VAL27-06")).contains("sa.delivered=199, expected 200");
    }

    @Test
    void val22GroupsMustAccountForEveryEntry(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_r_entries", 5));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-06", "VAL27-08"));
        assertThat(run.message("VAL27-06")).contains("group_r_delivered=4 but group_r_entries=5");
        assertThat(run.message("VAL27-08")).contains("group_r_retry_rate=1.000 but group_r_delivered/group_r_entries=4/5=0.800");
    }

    @Test
    void groupUMustRedeadletterAllFour(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_u_redeadlettered", 3));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-06"));
        assertThat(run.message("VAL27-06")).contains("group_u_redeadlettered=3, expected 4");
    }

    @Test
    void t2ZeroLossFlagIsCheckedAgainstDeliveredAndLost(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/1/delivered", 9));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-07"));
        assertThat(run.message("VAL27-07")).contains("delivered=9 but segments=10 although zero_loss=true "
                + "(val20-relay-throughput-local-2026-03-20/val20-baseline.json /tiers/1/delivered)");
    }

    @Test
    void t2LostSegmentsFailEvenWithZeroLossTrue(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/1/lost", 1));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-07"));
        assertThat(run.message("VAL27-07")).contains("lost=1 although zero_loss=true");
    }

    @Test
    void t2ZeroLossFalseFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/1/zero_loss", false));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-07"));
    }

    @Test
    void groupRRateJustBelowOneFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_r_retry_rate", 0.999));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-08"));
        assertThat(run.message("VAL27-08")).contains("group_r_retry_rate=0.999 < 1.000");
    }

    @Test
    void bandwidthScenariosAreCheckedAgainstExpectedNotOnlyFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/scenarios/sc_quota_only/delivered", 3));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-09"));
        assertThat(run.message("VAL27-09")).contains("S-C delivered=3 but expected=2 although fails=0 "
                + "(val23-relay-bandwidth-local-2026-03-20/val23-summary.json /scenarios/sc_quota_only)");
        assertThat(Val27Runs.text(run)).contains("S-C quota-only (128 B daily): 3/6 delivered (expected 2) quota_drop_count=4 FAIL");
    }

    @Test
    void aNonZeroFailCountFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/fails", 1));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-09"));
        assertThat(run.message("VAL27-09")).contains("fails=1");
    }

    @Test
    void aFailedDailyResetUnitTestFailsTheBandwidthCheck(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/se_daily_reset/result", "FAIL"));

        assertThat(run.tests("VAL27")).isEqualTo(failing("VAL27-09"));
    }
}

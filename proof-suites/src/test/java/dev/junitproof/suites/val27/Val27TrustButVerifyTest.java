package dev.junitproof.suites.val27;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.suites.val27.RelaySlice.VAL19;
import static dev.junitproof.suites.val27.RelaySlice.VAL20;
import static dev.junitproof.suites.val27.RelaySlice.VAL21;
import static dev.junitproof.suites.val27.RelaySlice.VAL22;
import static dev.junitproof.suites.val27.RelaySlice.VAL23;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labs' own verdicts are not taken on trust (#15 class 2): every lab check below still says PASS, yet a figure
 * the seed targets misses it, and the figure's own check fails naming both values, the file and the field; the matrix
 * row that stands for it, VAL27-10 and the Design Partner level fail with it. The text report prints each figure
 * with its check's status.
 */
class Val27TrustButVerifyTest {

    @Test
    void val21AccountingIsRecomputedNotReadFromAccounted(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL21, "/sb/delivered", 5));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(OverflowFigures.EVICTION));
        assertThat(run.message(OverflowFigures.EVICTION))
                .contains("sb.delivered + sb.deadletter = 5 + 4 = 9 but sb.accounted=10 "
                        + "(val21-relay-overflow-local-2026-03-20/val21-summary.json /sb/accounted)");
        assertThat(run.message("VAL27-06")).contains("not passed: VAL21-sb FAIL");
        assertThat(Val27Runs.text(run)).contains("S-B LRU eviction: delivered 5 + deadletter 4 = 9 accounted=10 seeded=10 "
                + "[target == sb.accounted == sb.seeded == 10] FAIL; evicted=4 (informational)");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY NOT READY");
    }

    @Test
    void anAccountedSumThatMissesSeededSegmentsIsLoss(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL21, "/sb/seeded", 12));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(OverflowFigures.EVICTION));
        assertThat(run.message(OverflowFigures.EVICTION)).contains("sb.delivered + sb.deadletter = 10 but sb.seeded=12: "
                + "2 segment(s) unaccounted");
    }

    @Test
    void deepDrainMustDeliverAll200(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL21, "/sa/delivered", 199).set(VAL21, "/sa/seeded", 199));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(OverflowFigures.DEEP_DRAIN));
        assertThat(run.message(OverflowFigures.DEEP_DRAIN)).contains("sa.delivered = 199 does not meet = 200");
    }

    @Test
    void val22GroupsMustAccountForEveryEntry(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_r_entries", 5));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(DeadletterFigures.GROUP_R,
                DeadletterFigures.GROUP_R_RATE, DeadletterFigures.AGGREGATE));
        assertThat(run.message(DeadletterFigures.GROUP_R)).contains("group_r_delivered=4 but group_r_entries=5");
        assertThat(run.message(DeadletterFigures.GROUP_R_RATE))
                .contains("group_r_retry_rate=1 but group_r_delivered/group_r_entries=4/5=0.800");
        assertThat(run.message(DeadletterFigures.AGGREGATE)).contains("aggregate_retry_rate=0.5 but "
                + "group_r_delivered/(group_r_entries + group_u_entries)=4/9=0.444");
    }

    @Test
    void groupUMustRedeadletterAllFour(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_u_redeadlettered", 3));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(DeadletterFigures.GROUP_U));
        assertThat(run.message(DeadletterFigures.GROUP_U)).contains("group_u_redeadlettered=3 but group_u_entries=4");
    }

    @Test
    void t2ZeroLossFlagIsCheckedAgainstDeliveredAndLost(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/1/delivered", 9));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(ThroughputFigures.id(ThroughputTier.T2)));
        assertThat(run.message("VAL20-T2")).contains("T2 delivered=9 but segments=10 "
                + "(val20-relay-throughput-local-2026-03-20/val20-baseline.json /tiers/1/delivered)");
        assertThat(run.message("VAL27-07")).contains("not passed: VAL20-T2 FAIL");
    }

    @Test
    void t2LostSegmentsFailEvenWithZeroLossTrue(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/1/lost", 1));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL20-T2"));
        assertThat(run.message("VAL20-T2")).contains("T2 lost = 1 does not meet = 0");
    }

    @Test
    void t2ZeroLossFalseFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/1/zero_loss", false));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL20-T2"));
    }

    /** A tier other than T2 is judged too: the lab's PASS of its T3 check never outvotes T3's figures. */
    @Test
    void everyTierIsJudgedNotOnlyTheBaseline(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL20, "/tiers/2/lost", 3)
                .set(VAL20, "/tiers/2/delivered", 97));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL20-T3"));
        assertThat(run.message("VAL20-T3")).contains("T3 delivered=97 but segments=100");
        assertThat(Val27Runs.text(run)).contains("✗ VAL20 all 10 checks pass, its figures meeting §4's targets");
    }

    @Test
    void groupRRateJustBelowOneFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_r_retry_rate", 0.999));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(DeadletterFigures.GROUP_R_RATE));
        // 0.999 against counts of 4/4: the rate disagrees with its own counts, which is said first.
        assertThat(run.message(DeadletterFigures.GROUP_R_RATE))
                .contains("group_r_retry_rate=0.999 but group_r_delivered/group_r_entries=4/4=1.000");
    }

    /** #15 class 7: a rate that misses by less than the printed digits prints the digits that miss. */
    @Test
    void aRateMissingByLessThanItsDigitsPrintsWhy(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_r_retry_rate", 0.99999));

        assertThat(run.message(DeadletterFigures.GROUP_R_RATE)).contains("group_r_retry_rate = 0.99999 does not meet >= 1.000");
        assertThat(Val27Runs.text(run)).contains("Group R retry_rate=0.99999 (recomputed 4/4=1.000) [target >= 1.000] FAIL");
    }

    @Test
    void aNonZeroFailCountFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/fails", 1));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(BandwidthFigures.FAILS));
        assertThat(run.message(BandwidthFigures.FAILS)).contains("fails = 1 does not meet = 0");
    }

    @Test
    void aFailedDailyResetUnitTestFailsTheBandwidthCheck(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/se_daily_reset/result", "FAIL"));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(BandwidthFigures.DAILY_RESET));
        assertThat(run.message(BandwidthFigures.DAILY_RESET)).contains("S-E TestBandwidthLimiter_DailyQuota_ResetsAfter24h "
                + "result=FAIL");
    }

    @Test
    void theCountersOfEveryBandwidthScenarioAreJudged(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/scenarios/sb_rate_only/throttle_count", 3)
                .set(VAL23, "/scenarios/sa_unlimited/unlimited", false));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(BandwidthFigures.THROTTLED, BandwidthFigures.UNLIMITED));
        assertThat(run.message(BandwidthFigures.THROTTLED)).contains("sb_rate_only throttle_count = 3 does not meet >= 4");
        assertThat(Val27Runs.text(run)).contains("S-B throttle_count=3 [target >= 4] FAIL", "S-A unlimited=false [target true] FAIL");
    }

    /** #15 class 2: VAL19's figures against the seed, whatever VAL19's own checks recorded. */
    @Test
    void anOutageThatDeadlettersFewerThanItSeededFailsItsFigure(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL19, "/scenarios/outage/deadletter", 4));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(ImpairmentFigures.OUTAGE));
        assertThat(run.message(ImpairmentFigures.OUTAGE)).contains("outage deadletter = 4 does not meet = 5 "
                + "(val19-relay-impairment-2026-03-20/val19-report.json /scenarios/outage/deadletter)");
        assertThat(Val27Runs.text(run)).contains("Outage (TCP refused): 4/5 → DEADLETTER [target every seeded segment] FAIL")
                .contains("VAL27-01 PASS VAL19 impairment report found and all 10 checks pass")
                .contains("✗ VAL19 all 10 checks pass, its figures meeting §4's targets");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY NOT READY");
    }
}

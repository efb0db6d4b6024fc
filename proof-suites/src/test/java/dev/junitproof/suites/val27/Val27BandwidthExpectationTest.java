package dev.junitproof.suites.val27;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.suites.val27.RelaySlice.VAL23;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 4: VAL23's own {@code expected} is not the measure. The seed's table fixes what each scenario must
 * deliver: S-A, S-B and S-D every seeded segment (S-B throttled, never dropped), S-C what its quota allows with every
 * other segment in {@code quota_drop_count}; {@code expected} is only a second figure that must agree.
 */
class Val27BandwidthExpectationTest {

    /** The example: an unlimited scenario seeded 4, expected 3, delivered 3, with fails=0 and every lab PASS. */
    @Test
    void anUnlimitedScenarioDeliveringLessThanItSeededFailsWhateverItExpected(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing()
                .set(VAL23, "/scenarios/sa_unlimited/expected", 3).set(VAL23, "/scenarios/sa_unlimited/delivered", 3));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(BandwidthFigures.id(BandwidthScenario.SA)));
        assertThat(run.message("VAL23-sa")).contains("S-A delivered = 3 does not meet = 4 "
                + "(val23-relay-bandwidth-local-2026-03-20/val23-summary.json /scenarios/sa_unlimited/delivered)");
        assertThat(run.message("VAL27-09")).contains("not passed: VAL23-sa FAIL");
        assertThat(Val27Runs.text(run)).contains("S-A unlimited: 3/4 delivered (lab expected 3) [target 4/4] FAIL");
    }

    @Test
    void anExpectationThatDisagreesWithTheSeedFailsEvenWhenTheDeliveryIsRight(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/scenarios/sd_hot_reload/expected", 5));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL23-sd"));
        assertThat(run.message("VAL23-sd")).contains("S-D expected=5 but the seed's table says 6/6");
    }

    @Test
    void aRateOnlyScenarioThatDropsInsteadOfThrottlingFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/scenarios/sb_rate_only/delivered", 4)
                .set(VAL23, "/scenarios/sb_rate_only/expected", 4).set(VAL23, "/scenarios/sb_rate_only/quota_drop_count", 1));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL23-sb", BandwidthFigures.RATE_ONLY_DROPS));
        assertThat(run.message(BandwidthFigures.RATE_ONLY_DROPS)).contains("sb_rate_only quota_drop_count = 1 does not meet = 0");
    }

    @Test
    void aQuotaScenarioMustCountEveryUndeliveredSegmentAsDropped(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/scenarios/sc_quota_only/quota_drop_count", 5));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL23-sc"));
        assertThat(run.message("VAL23-sc")).contains("S-C delivered + quota_drop_count = 2 + 5 = 7 but seeded=6");
    }

    @Test
    void aQuotaScenarioDeliveringMoreThanTheQuotaAllowsFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL23, "/scenarios/sc_quota_only/delivered", 3)
                .set(VAL23, "/scenarios/sc_quota_only/expected", 3).set(VAL23, "/scenarios/sc_quota_only/quota_drop_count", 3));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures("VAL23-sc", BandwidthFigures.QUOTA_DROPS));
        assertThat(run.message("VAL23-sc")).contains("S-C delivered = 3 does not meet = 2");
    }
}

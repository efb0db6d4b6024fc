package dev.junitproof.suites.val27;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.junitproof.suites.val27.RelayFixture.CAMPAIGN;
import static org.assertj.core.api.Assertions.assertThat;

/** The 7-day campaign window over the five core report files' modification times: 7 d passes, 7 d + 1 s fails. */
class Val27WindowTest {

    @Test
    void sevenDaysApartIsOneCampaign(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing()
                .modified(RelaySlice.VAL19, CAMPAIGN.minus(Duration.ofDays(3)))
                .modified(RelaySlice.VAL23, CAMPAIGN.plus(Duration.ofDays(4))));

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(Val27Runs.line(run, "Evidence: ")).isEqualTo("Evidence: one 7-day campaign window VAL27-WINDOW PASS "
                + "(VAL19–VAL23 report mtimes span 7d 00:00:00 [target <= 7d 00:00:00])");
    }

    @Test
    void sevenDaysAndOneSecondApartIsNot(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing()
                .modified(RelaySlice.VAL19, CAMPAIGN.minus(Duration.ofDays(3)))
                .modified(RelaySlice.VAL23, CAMPAIGN.plus(Duration.ofDays(4)).plusSeconds(1)));

        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.passing());
        expected.put("VAL27-WINDOW", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(Val27Runs.line(run, "Evidence: ")).isEqualTo("Evidence: one 7-day campaign window VAL27-WINDOW FAIL "
                + "(VAL19–VAL23 report mtimes span 7d 00:00:01 [target <= 7d 00:00:00])");
        assertThat(Val27Runs.text(run)).contains("✗ VAL19–VAL23 evidence files fall within one 7-day campaign window")
                .contains("VAL27-10 FAIL Relay design partner readiness")
                .contains("45 of 46 checks passed (VAL27-01..09, every figure check, VAL27-WINDOW); not passed: VAL27-WINDOW FAIL\n");
        assertThat(run.message("VAL27-10")).contains("not passed: VAL27-WINDOW FAIL (");
        assertThat(run.message("VAL27-WINDOW")).contains("val23-relay-bandwidth-local-2026-03-20/val23-summary.json");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY NOT READY");
        assertThat(Val27Runs.json(run).path("campaign_window").path("spread_s").asLong()).isEqualTo(7 * 86_400 + 1);
    }

    @Test
    void theSoakIsOutsideTheWindow(@TempDir Path tmp) {
        // The soak's files are written 11 days after the campaign: it is a long run, not part of the window.
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.days(8).withGenuineReport()));

        Map<String, Shown> expected = Val27Runs.passing();
        assertThat(run.tests("VAL27")).isEqualTo(expected);
    }
}

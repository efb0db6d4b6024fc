package dev.junitproof.suites.val27;

import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VAL27-SOAK, outside the PASS/FAIL total: pass on Gate D pass, fail on a complete soak failing Gate D, aborted
 * when the soak is missing or still running. None of it changes the Design Partner verdict.
 */
class Val27SoakTest {

    private static Map<String, Shown> withSoak(Shown soak) {
        Map<String, Shown> expected = Val27Runs.passing();
        expected.put("VAL27-SOAK", soak);
        return expected;
    }

    @Test
    void aFinalReportPassingGateDPassesAndResolvesTheSoakBetaClaim(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.finalPass()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.PASSED));
        assertThat(Val27Runs.text(run))
                .contains("Source: reports/final.json (mode final, generated 2026-03-31T00:30:00Z)")
                .contains("Elapsed: 30.0 days rounds=1,440 [target >= 1,440] PASS\n")
                .contains("Retry recovery: 240/240 rate=1.0000 [target >= 0.990] PASS\n")
                .contains("RESOLVED Relay 30-day soak (VAL24) (Gate D passed)")
                .contains("VAL27-SOAK PASS VAL24 30-day soak Gate D (not counted in PASS/FAIL total)")
                .contains("Overall: PASS=10 FAIL=0")
                .contains("✓ VAL24 Gate D pass: rounds ≥ 1,440, clean_delivery_rate ≥ 0.990, retry_recovery_rate ≥ 0.990, loss = 0 (VAL27-SOAK PASS)");
        // GA still needs what relay evidence cannot show; it names only that.
        assertThat(run.message("RELAY_GA")).doesNotContain("VAL24 Gate D").contains("Multi-peer relay validation");
        assertThat(Val27Runs.json(run).path("beta_claims").get(3).path("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aCompleteSoakFailingGateDFailsOutsideTheTotal(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.finalFail()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("Gate D criteria").contains("loss_count 3 != 0");
        assertThat(Val27Runs.text(run)).contains("Overall: PASS=10 FAIL=0")
                .contains("Silent loss: 3 [target = 0] FAIL ★ BETA")
                .contains("★ BETA Relay 30-day soak (VAL24)");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void aCheckpointOnlyIsStillRunning(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.checkpoint7d()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).isEqualTo("PENDING: soak in progress: reports/checkpoint-7d.json "
                + "(mode checkpoint-7d) at 7.0 days, 336/1,440 rounds; Gate D not yet due");
        assertThat(Val27Runs.json(run).path("checks").get(10).path("status").asText()).isEqualTo("PENDING");
        assertThat(Val27Runs.text(run)).contains("Elapsed: 7.0 days rounds=336 [target >= 1,440] FAIL ★ BETA");
    }

    @Test
    void aCheckpointAlreadyShowingLossSaysSoButStaysPending(@TempDir Path tmp) {
        SoakFixture lossy = SoakFixture.checkpoint7d().set("/loss_count", 2).set("/gate_d/loss_ok", false);
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lossy));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).endsWith("Gate D not yet due; already failing: loss_count 2 != 0");
    }

    @Test
    void theMostCompleteReportIsRead(@TempDir Path tmp) {
        Path root = RelayFixture.passing().soak(SoakFixture.checkpoint7d()).writeTo(Val27Runs.root(tmp));
        // checkpoint-14d outranks checkpoint-7d, final outranks both.
        Path reports = root.resolve(SoakFixture.none().dirName()).resolve("reports");
        JsonFixtures.write(reports.resolve("final.json"), SoakFixture.finalPass().document());

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.PASSED));
    }

    @Test
    void aCheckpoint14dIsReadWhenThereIsNoFinalReport(@TempDir Path tmp) {
        SoakFixture day14 = SoakFixture.checkpoint7d().set("/mode", "checkpoint-14d").set("/total_rounds", 672)
                .as("checkpoint-14d.json");
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(day14));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).contains("reports/checkpoint-14d.json").contains("672/1,440 rounds");
    }

    @Test
    void aSoakWithOnlyRoundsThatVal24CannotAccountIsMissing(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.roundsOnly()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).startsWith("MISSING: VAL24 cannot account val24-relay-soak-")
                .endsWith("peer-received.json not found");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void aSoakWithOnlyRoundsIsAccountedByVal24AndStillRunning(@TempDir Path tmp) throws java.io.IOException {
        Path root = RelayFixture.passing().writeTo(tmp.resolve("evidence"));
        Val27Runs.copyVal24SampleSoak(root);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).startsWith("PENDING:");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("PENDING");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void noSoakIsMissing(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing());

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(Val27Runs.json(run).path("checks").get(10).path("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void gateFlagsThatDisagreeWithTheFiguresNeverPass(@TempDir Path tmp) {
        // overall=true, but the figures show 12 segments lost: the document contradicts itself.
        SoakFixture lying = SoakFixture.finalPass().set("/loss_count", 12);
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lying));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("gate_d.loss_ok=true but loss_count=12 gives false");
    }

    @Test
    void aFlagSayingNotOkFailsEvenWhereTheFiguresLookFine(@TempDir Path tmp) {
        // VAL24 knows more than these totals (e.g. an inconsistent round): its "not ok" is never overruled.
        SoakFixture flagged = SoakFixture.finalPass().set("/gate_d/loss_ok", false).set("/gate_d/overall", false);
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(flagged));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("gate_d.loss_ok=false");
        assertThat(Val27Runs.line(run, "Gate D: ")).isEqualTo("Gate D: FAIL — Gate D failed in reports/final.json "
                + "(mode final): gate_d.loss_ok=false");
    }

    @Test
    void aReportVal24CouldNotAccountIsMissing(@TempDir Path tmp) {
        SoakFixture unaccounted = SoakFixture.checkpoint7d().set("/mode", "final").set("/soak_complete", false)
                .set("/missing", "soak.json not found").as("final.json");
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(unaccounted));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK"))
                .isEqualTo("MISSING: reports/final.json: VAL24 could not account the soak: soak.json not found");
    }

    @Test
    void aRetryRateThatDisagreesWithItsCountsFails(@TempDir Path tmp) {
        SoakFixture lying = SoakFixture.finalPass().set("/total_recovered", 200);
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lying));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK"))
                .contains("retry_recovery_rate=1.0000 but total_recovered/total_retried=200/240=0.8333");
    }

    @Test
    void aFinalReportOfASoakStoppedShortFails(@TempDir Path tmp) {
        SoakFixture stopped = SoakFixture.checkpoint7d().set("/mode", "final").as("final.json");
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(stopped));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("soak_complete");
    }

    @Test
    void anUnreadableFinalReportIsMissingNotReplacedByACheckpoint(@TempDir Path tmp) {
        Path root = RelayFixture.passing().soak(SoakFixture.checkpoint7d()).writeTo(Val27Runs.root(tmp));
        Path reports = root.resolve(SoakFixture.none().dirName()).resolve("reports");
        JsonFixtures.write(reports.resolve("final.json"), SoakFixture.finalPass().set("/soak_complete", "yes").document());

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).contains("reports/final.json").contains("/soak_complete");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void theNewestSoakDirectoryIsUsed(@TempDir Path tmp) {
        Path root = RelayFixture.passing().soak(SoakFixture.finalFail().date("2026-02-01")).writeTo(Val27Runs.root(tmp));
        SoakFixture.finalPass().writeTo(root);
        JsonFixtures.touch(root.resolve(SoakFixture.none().date("2026-02-01").dirName()), SoakFixture.WRITTEN.minusSeconds(60));

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.PASSED));
        assertThat(run.displayName("soak")).contains("val24-relay-soak-2026-03-01 (passed over: val24-relay-soak-2026-02-01)");
    }
}

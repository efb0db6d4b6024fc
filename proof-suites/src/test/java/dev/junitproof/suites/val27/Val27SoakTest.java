package dev.junitproof.suites.val27;

import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VAL27-SOAK, outside the PASS/FAIL total, is VAL24's judgment of the soak's own rounds (VAL24's fixture generator
 * writes them): it passes only when VAL24 judges Gate D passed and any report document there agrees; it fails when
 * VAL24 judges Gate D failed or the document disagrees; it is pending while VAL24 judges the soak in progress, and
 * MISSING only when there is no soak. None of it changes the Design Partner verdict.
 */
class Val27SoakTest {

    private static Map<String, Shown> withSoak(Shown soak) {
        Map<String, Shown> expected = Val27Runs.passing();
        expected.put("VAL27-SOAK", soak);
        return expected;
    }

    @Test
    void aCompleteSoakWithItsGenuineFinalReportPassesAndResolvesTheSoakBetaClaim(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.complete()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.PASSED));
        assertThat(Val27Runs.text(run))
                .contains("Report document: val24-relay-soak-2026-03-01/reports/final.json (a claim, checked against "
                        + "VAL24's judgment)\n")
                .contains("Source: VAL24's judgment of the soak's rounds (mode final)\n")
                .contains("Elapsed: 30.0 days rounds=1,440 [target >= 1440]\n")
                .contains("Clean delivery rate: 0.9996 (seeded=14,400 delivered=14,356 deadletter=44) [target >= 0.990]\n")
                .contains("Retry recovery: 44/44 rate=1.0000 [target >= 0.990]\n")
                .contains("RESOLVED Relay 30-day soak (VAL24) (Gate D passed)")
                .contains("VAL27-SOAK PASS VAL24 30-day soak Gate D (not counted in PASS/FAIL total)")
                .contains("Overall: PASS=10 FAIL=0")
                .contains("✓ VAL24 Gate D pass: rounds >= 1440, clean_delivery_rate >= 0.990, retry_recovery_rate >= 0.990, "
                        + "loss = 0 (VAL27-SOAK PASS)");
        // GA still needs what relay evidence cannot show; it names only that.
        assertThat(run.message("RELAY_GA")).doesNotContain("VAL24 Gate D").contains("Multi-peer relay validation");
        assertThat(Val27Runs.json(run).path("beta_claims").get(3).path("status").asText()).isEqualTo("RESOLVED");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("PASS");
    }

    @Test
    void aCompleteSoakFailingGateDFailsOutsideTheTotal(@TempDir Path tmp) {
        SoakFixture lossy = SoakFixture.rounds(dev.junitproof.suites.val24.SoakFixture.seedSample().silentLoss(700, 3))
                .withGenuineReport();
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lossy));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("from its rounds: GATE D FAIL (1440 rounds")
                .contains("loss_count=3").contains("VAL24-08 failed: loss_count=3").contains("reports/final.json agrees");
        assertThat(Val27Runs.text(run)).contains("Overall: PASS=10 FAIL=0")
                .contains("Silent loss: 3 [target = 0] ★ BETA")
                .contains("★ BETA Relay 30-day soak (VAL24)");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void aSoakInProgressWithItsGenuineCheckpointIsPending(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.days(8).withGenuineReport()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).startsWith("PENDING: soak in progress: VAL24 judges "
                + "val24-relay-soak-2026-03-01 from its rounds: IN PROGRESS (384 rounds")
                .endsWith("; reports/checkpoint-7d.json agrees");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("PENDING");
        assertThat(Val27Runs.text(run)).contains("Elapsed: 8.0 days rounds=384 [target >= 1440] ★ BETA");
    }

    /** Loss cannot be undone: VAL24 fails Gate D at once, long before day 30, and so does VAL27-SOAK. */
    @Test
    void lossInASoakStillRunningFailsAtOnce(@TempDir Path tmp) {
        SoakFixture lossy = SoakFixture.rounds(dev.junitproof.suites.val24.SoakFixture.seedSample().days(8)
                .silentLoss(100, 2)).withGenuineReport();
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lossy));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("GATE D FAIL").contains("silent loss in round(s) 100");
    }

    @Test
    void theMostCompleteReportIsRead(@TempDir Path tmp) {
        SoakFixture both = SoakFixture.days(8).withGenuineReport()
                .withDocument("final.json", SoakFixture.claimingGateDPass("final"));
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(both));

        // final.json outranks the genuine checkpoint beside it, and it claims what the rounds do not show.
        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("reports/final.json total_rounds=1440 but the soak has 384 rounds");
        assertThat(Val27Runs.json(run).path("soak").path("document").asText())
                .isEqualTo("val24-relay-soak-2026-03-01/reports/final.json");
    }

    @Test
    void aCheckpoint14dIsReadWhenThereIsNoFinalReport(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.days(15).withGenuineReport()));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).contains("IN PROGRESS (720 rounds").endsWith("reports/checkpoint-14d.json agrees");
    }

    /** #15 class 5: VAL24 fails every check without the receipts, so the soak's Gate D fails; never pending, never passed. */
    @Test
    void roundsWithoutTheirReceiptsFailTheGate(@TempDir Path tmp) {
        SoakFixture broken = SoakFixture.days(3).then(dir -> Files.delete(dir.resolve("peer-received.json")));
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(broken));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("GATE D FAIL")
                .contains("VAL24-01 failed: soak evidence unreadable: peer-received.json not found");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void aSoakWithOnlyRoundsIsAccountedByVal24AndStillRunning(@TempDir Path tmp) throws IOException {
        Path root = RelayFixture.passing().writeTo(tmp.resolve("evidence"));
        Val27Runs.copyVal24SampleSoak(root);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.message("VAL27-SOAK")).startsWith("PENDING: soak in progress: VAL24 judges");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("PENDING");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    /** The soak is optional: without one VAL27-SOAK is MISSING (never PASS), and Design Partner stands. */
    @Test
    void noSoakIsMissing(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing());

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("MISSING");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void aGateDFlagTheRoundsDoNotMeetFails(@TempDir Path tmp) {
        SoakFixture lying = SoakFixture.days(8).withGenuineReport()
                .then(SoakFixture.edit("checkpoint-7d.json", "/gate_d/rounds_ok", true));
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lying));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK"))
                .contains("reports/checkpoint-7d.json gate_d.rounds_ok=true but total_rounds=384 does not meet >= 1440")
                .contains("reports/checkpoint-7d.json gate_d.rounds_ok=true but VAL24's judgment of the rounds gives false");
        assertThat(Val27Runs.line(run, "Gate D (VAL27-SOAK): ")).startsWith("Gate D (VAL27-SOAK): FAIL — VAL24 judges ");
    }

    @Test
    void aRetryRateThatDisagreesWithItsCountsFails(@TempDir Path tmp) {
        SoakFixture lying = SoakFixture.days(8).withGenuineReport()
                .then(SoakFixture.edit("checkpoint-7d.json", "/total_recovered", 15));
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(lying));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK"))
                .contains("reports/checkpoint-7d.json retry_recovery_rate=1 but total_recovered/total_retried=15/18=0.8333")
                .contains("reports/checkpoint-7d.json total_recovered=15 but VAL24's judgment of the rounds gives 18");
    }

    /** A final report asked for early: VAL24 fails the rounds it stopped short of; the claim fails the gate too. */
    @Test
    void aFinalReportOfASoakStoppedShortFails(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(SoakFixture.days(3).withGenuineReport("final")));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("reports/final.json checks VAL24-09 status=FAIL but VAL24's "
                + "judgment of the rounds gives PENDING");
    }

    @Test
    void anUnreadableFinalReportIsNotReplacedByACheckpoint(@TempDir Path tmp) {
        SoakFixture broken = SoakFixture.days(8).withGenuineReport()
                .withDocument("final.json", SoakFixture.claimingGateDPass("final").put("soak_complete", "yes"));
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(broken));

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.FAILED));
        assertThat(run.message("VAL27-SOAK")).contains("reports/final.json cannot be read").contains("/soak_complete");
        assertThat(Val27Runs.json(run).path("soak").path("status").asText()).isEqualTo("FAIL");
    }

    @Test
    void theNewestSoakDirectoryIsUsed(@TempDir Path tmp) {
        SoakFixture older = SoakFixture.rounds(dev.junitproof.suites.val24.SoakFixture.seedSample().days(3)
                .silentLoss(60, 1)).date("2026-02-01");
        Path root = RelayFixture.passing().soak(older).writeTo(Val27Runs.root(tmp));
        SoakFixture.days(8).withGenuineReport().writeTo(root);
        JsonFixtures.touch(root.resolve(older.dirName()), SoakFixture.WRITTEN.minusSeconds(60));

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(withSoak(Shown.ABORTED));
        assertThat(run.displayName("soak")).contains("val24-relay-soak-2026-03-01 (passed over: val24-relay-soak-2026-02-01)");
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.testing.ApprovalsFixture;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VAL27's GA and public-production levels through recorded approvals (contract v1.1): GA needs VAL24's Gate D judged
 * from the soak's rounds (RELAY_GA-1, never approvable) and the three requirements relay evidence cannot show, of
 * which only the S-E daily reset (RELAY_GA-4) may be an approved exception; the verdict counts the exceptions.
 */
class Val27ApprovalsTest {

    /**
     * One passing campaign with a complete soak, generated once: a 30-day soak with VAL24's genuine document is
     * thousands of files. Each test writes its own approvals.json into it and its reports elsewhere.
     */
    @TempDir
    static Path shared;

    private static Path complete;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generateTheCampaign() {
        complete = RelayFixture.passing().soak(SoakFixture.complete()).writeTo(shared.resolve(Val27Runs.ROOT));
    }

    private static ApprovalsFixture ga() {
        return ApprovalsFixture.approvals()
                .attested("VAL27", "RELAY_GA-2", "two-peer delivery and isolation validated", "relay-lead", "2026-03-01",
                        "https://t/REL-2")
                .attested("VAL27", "RELAY_GA-3", "throughput recalibrated on c6i.xlarge", "perf-lead", "2026-03-01",
                        "https://t/REL-3")
                .exception("VAL27", "RELAY_GA-4", "unit test accepted in place of a live 24 h run", "relay-lead",
                        "2026-03-21", "2026-06-30", "https://tracker.example/REL-88");
    }

    private ProofRunResult run(RelayFixture fixture, ApprovalsFixture approvals) {
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        approvals.writeTo(root);
        return Val27Runs.run(tmp, root);
    }

    /** The shared campaign with a complete soak, proved with these approvals. */
    private ProofRunResult runComplete(ApprovalsFixture approvals) {
        approvals.writeTo(complete);
        return Val27Runs.run(tmp, complete);
    }

    @Test
    void gateDFromTheRoundsAndTheThreeRequirementsApprovedMakeItGaReadyCountingTheException() {
        ProofRunResult run = runComplete(ga());

        assertThat(run.outcome("VAL27-APPROVALS")).isEqualTo(Shown.PASSED);
        assertThat(run.outcome("RELAY_GA")).isEqualTo(Shown.PASSED);
        assertThat(run.outcome("RELAY_PUBLIC_PRODUCTION")).isEqualTo(Shown.ABORTED);
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY GA READY (1 approved exception)");
        assertThat(Val27Runs.text(run)).contains(
                "✓ VAL23 S-E daily reset validated with live 24-hour run or approved exception (approved exception by "
                        + "relay-lead until 2026-06-30, https://tracker.example/REL-88)",
                "✓ Multi-peer relay validation (at least basic 2-peer delivery + isolation) (attested by relay-lead, "
                        + "https://t/REL-2)",
                "(VAL27-SOAK PASS)");
        assertThat(Val27Runs.json(run).path("approvals")).hasSize(3);
    }

    @Test
    void everyRequirementAttestedMakesItPublicProductionReady() {
        ProofRunResult run = runComplete(ga()
                .attested("VAL27", "RELAY_PUBLIC_PRODUCTION-1", "power-cut test", "db-lead", "2026-03-01", "https://t/A")
                .attested("VAL27", "RELAY_PUBLIC_PRODUCTION-2", "multi-peer soak", "relay-lead", "2026-03-01", "https://t/B")
                .attested("VAL27", "RELAY_PUBLIC_PRODUCTION-3", "alerting live", "sre", "2026-03-01", "https://t/C"));

        assertThat(run.outcome("RELAY_PUBLIC_PRODUCTION")).isEqualTo(Shown.PASSED);
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY PUBLIC PRODUCTION READY (1 approved exception)");
    }

    @Test
    void noApprovalStandsInForGateDFailedByTheRounds() {
        SoakFixture lossy = SoakFixture.rounds(dev.junitproof.suites.val24.SoakFixture.seedSample().silentLoss(700, 3))
                .withGenuineReport();
        ProofRunResult run = run(RelayFixture.passing().soak(lossy), ga());

        assertThat(run.outcome("VAL27-SOAK")).isEqualTo(Shown.FAILED);
        assertThat(run.outcome("RELAY_GA")).isEqualTo(Shown.FAILED);
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void withoutASoakGaIsNotReachedWhateverIsApproved() {
        ProofRunResult run = run(RelayFixture.passing(), ga());

        assertThat(run.outcome("RELAY_GA")).isNotEqualTo(Shown.PASSED);
        assertThat(run.message("RELAY_GA")).contains("VAL24 Gate D");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void approvingGateDInvalidatesTheWholeFile() {
        ProofRunResult run = runComplete(ga()
                .attested("VAL27", "RELAY_GA-1", "the soak looked fine", "relay-lead", "2026-03-01", "https://t/X"));

        assertThat(run.outcome("VAL27-APPROVALS")).isEqualTo(Shown.FAILED);
        assertThat(run.message("VAL27-APPROVALS")).contains("RELAY_GA-1");
        assertThat(run.outcome("RELAY_GA")).isNotEqualTo(Shown.PASSED);
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void anExceptionForARequirementThatAllowsNoneInvalidatesTheFile() {
        ProofRunResult run = runComplete(ga()
                .exception("VAL27", "RELAY_GA-2", "waived", "relay-lead", "2026-03-01", "2026-06-30", "https://t/X"));

        assertThat(run.outcome("VAL27-APPROVALS")).isEqualTo(Shown.FAILED);
        assertThat(run.message("VAL27-APPROVALS")).contains("allows only attested");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void anExpiredExceptionDoesNotCountAndTheReportSaysSo() {
        ProofRunResult run = runComplete(ApprovalsFixture.approvals()
                .attested("VAL27", "RELAY_GA-2", "two-peer", "relay-lead", "2026-03-01", "https://t/REL-2")
                .attested("VAL27", "RELAY_GA-3", "recalibrated", "perf-lead", "2026-03-01", "https://t/REL-3")
                .exception("VAL27", "RELAY_GA-4", "unit test accepted", "relay-lead", "2026-01-01", "2026-02-28",
                        "https://t/REL-88"));

        assertThat(run.outcome("VAL27-APPROVALS")).isEqualTo(Shown.PASSED);
        assertThat(run.outcome("RELAY_GA")).isNotEqualTo(Shown.PASSED);
        assertThat(Val27Runs.text(run)).contains("✗ VAL23 S-E daily reset validated with live 24-hour run or approved "
                + "exception (not shown by this evidence) (approval by relay-lead expired on 2026-02-28)");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.testing.ApprovalsFixture;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VAL25's GA and public-production levels reached through recorded approvals (contract v1.1): each requirement
 * attested by its id, the verdict naming the highest level reached, and a failed check that no approval hides.
 */
class Val25ApprovalsTest {

    @TempDir
    Path tmp;

    private static ApprovalsFixture ga() {
        return ApprovalsFixture.approvals()
                .attested("VAL25", "GA-1", "PostgreSQL backend validated at N=100", "db-lead", "2026-03-01", "https://t/DB-1")
                .attested("VAL25", "GA-2", "VAL12 30-day fleet soak Gate D passed", "fleet-lead", "2026-03-01", "https://t/FL-12")
                .attested("VAL25", "GA-3", "Multi-node HA rollout delivery validated", "ha-lead", "2026-03-01", "https://t/HA-3");
    }

    private ProofRunResult run(FleetFixture fixture, ApprovalsFixture approvals) {
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        approvals.writeTo(unit);
        return ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
    }

    @Test
    void theThreeGaRequirementsAttestedMakeItGaReady() {
        ProofRunResult run = run(FleetFixture.passing(), ga());

        assertThat(run.outcome("GA")).isEqualTo(Shown.PASSED);
        assertThat(run.outcome("PUBLIC_PRODUCTION")).isEqualTo(Shown.ABORTED);
        assertThat(run.report(FleetFixture.UNIT, Val25Runs.TEXT)).contains("Verdict: GA READY",
                "✓ PostgreSQL backend validation under equivalent load scenarios (attested by db-lead, https://t/DB-1)",
                "  GA-2 attested by fleet-lead, approved 2026-03-01 — counts");
    }

    @Test
    void everyRequirementAttestedMakesItPublicProductionReady() {
        ProofRunResult run = run(FleetFixture.passing(), ga()
                .attested("VAL25", "PUBLIC_PRODUCTION-1", "External audit by Example Sec", "ciso", "2026-03-01", "https://t/A")
                .attested("VAL25", "PUBLIC_PRODUCTION-2", "SLA alerting validated", "sre", "2026-03-01", "https://t/B")
                .attested("VAL25", "PUBLIC_PRODUCTION-3", "Three-region topology tested", "sre", "2026-03-01", "https://t/C"));

        assertThat(run.outcome("PUBLIC_PRODUCTION")).isEqualTo(Shown.PASSED);
        assertThat(run.report(FleetFixture.UNIT, Val25Runs.TEXT)).contains("Verdict: PUBLIC PRODUCTION READY");
    }

    @Test
    void noApprovalHidesAFailedCheck() {
        ProofRunResult run = run(FleetFixture.passing().planCreateP99(612.5), ga());

        assertThat(run.outcome("VAL25-06")).isEqualTo(Shown.FAILED);
        assertThat(run.outcome("GA")).isEqualTo(Shown.FAILED);
        assertThat(run.report(FleetFixture.UNIT, Val25Runs.TEXT)).contains("Verdict: NOT READY");
    }

    @Test
    void anExceptionWhereTheSeedAllowsNoneInvalidatesTheFile() {
        ProofRunResult run = run(FleetFixture.passing(), ga()
                .exception("VAL25", "PUBLIC_PRODUCTION-1", "audit waived", "ciso", "2026-03-01", "2026-06-30", "https://t/A"));

        assertThat(run.outcome("VAL25-APPROVALS")).isEqualTo(Shown.FAILED);
        assertThat(run.message("VAL25-APPROVALS")).contains(
                "(VAL25 PUBLIC_PRODUCTION-1) is an exception for PUBLIC_PRODUCTION-1, which allows only attested");
        assertThat(run.outcome("GA")).as("the valid GA attestations count for nothing either").isEqualTo(Shown.ABORTED);
        assertThat(run.report(FleetFixture.UNIT, Val25Runs.TEXT)).contains("Verdict: DESIGN PARTNER READY");
    }
}

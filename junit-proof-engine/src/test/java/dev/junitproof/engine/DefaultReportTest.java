package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.ApprovalsFixture;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunner;
import dev.junitproof.testing.ReportViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suite that writes only its checks and levels (the test-only MINI suite) gets a whole report from the SPI's
 * defaults: the shared text skeleton, a verdict naming the highest level reached, and reports that are views of the
 * recorded outcomes.
 */
class DefaultReportTest {

    private static final String UNIT = "mini-lab-2026-03-23";

    @TempDir
    Path tmp;

    private Path evidence(double p99, int samples) {
        ObjectNode demo = JsonFixtures.object();
        demo.put("generated_at", "2026-03-23T10:15:02Z");
        demo.putObject("latency").put("p99_ms", p99).put("samples", samples);
        Path unit = tmp.resolve("evidence").resolve(UNIT);
        JsonFixtures.write(unit.resolve("demo.json"), demo);
        return unit;
    }

    @Test
    void passingEvidenceAndAnAttestationGiveTheSkeletonWithTheHighestLevelAsVerdict() {
        Path unit = evidence(24.1, 20);
        ApprovalsFixture.approvals().attested("MINI", "GA-1", "audited", "ciso", "2026-03-01", "https://t/A-1")
                .writeTo(unit);

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(run.outcome("GA")).isEqualTo(Shown.PASSED);
        assertThat(run.report(UNIT, "mini-proof-report.txt")).isEqualTo("""
                MINI Proof Report
                Evidence: %s
                Generated: 2026-03-23T12:00:00Z

                Checks:
                  MINI-01 PASS p99 <= 500 ms
                  MINI-02 PASS samples >= 20

                Readiness:
                  Pilot Ready ✓
                    ✓ MINI-01 and MINI-02 pass
                  GA Ready ✓
                    ✓ Pilot Ready
                    ✓ External audit (attested by ciso, https://t/A-1)

                Verdict: GA READY

                Approvals (approvals.json, apart from the checks):
                  MINI-APPROVALS PASS
                  GA-1 attested by ciso, approved 2026-03-01 — counts
                      audited (https://t/A-1)
                """.formatted(unit.toString()));
    }

    @Test
    void aMissedTargetIsListedWithMeasuredAndTargetAndTheVerdictIsNotReady() {
        Path unit = evidence(612.5, 20);

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(run.outcome("MINI-01")).isEqualTo(Shown.FAILED);
        assertThat(run.report(UNIT, "mini-proof-report.txt")).contains("""
                Not passed:
                  MINI-01 FAIL: p99 = 612.5 ms does not meet <= 500 ms (demo.json /latency/p99_ms)
                    measured 612.5 ms, target <= 500 ms (demo.json /latency/p99_ms)

                Verdict: NOT READY
                """);
    }

    @Test
    void missingRequiredEvidenceFailsTheChecksThatNeedIt() {
        Path unit = tmp.resolve("evidence").resolve(UNIT);
        JsonFixtures.writeText(unit.resolve("other.json"), "{}");

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(run.tests("MINI")).containsEntry("MINI-01", Shown.FAILED).containsEntry("MINI-02", Shown.FAILED);
        assertThat(run.message("MINI-01")).contains("demo.json MISSING: ");
    }

    @Test
    void theDefaultReportsAreViewsOfTheOutcomes() {
        Path unit = evidence(24.1, 20);

        ReportViews.assertViewsOfOutcomes(new MinimalSuite(), tmp.resolve("evidence"), unit,
                Map.of("proof.clock", "2026-03-23T12:00:00Z"));
    }
}

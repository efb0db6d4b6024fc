package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.SeedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text report against the seed. {@code seed-pin015.txt} is the seed's phase tables, maturity gate checklist,
 * runbook checklist and signature block, verbatim, with these edits: "..." where the report adds lines (Generated,
 * Evidence dir and Thresholds in the header, each phase's "Checks:" line, the recomputed Phase B product, the golden
 * file count); the runbook's blank Actual/Status cells filled as the seed's own state gives them (items 6–10 from
 * the shadow log, PENDING for blank statuses); placeholders for the Phase A notes (the lab's free text), the start
 * time's offset (the seed prints "CET", the evidence carries "+01:00"), the expected workflows (the seed's ~25,920
 * does not follow from its own 2,880 cycles × 10) and the evidence paths; the certification block's blanks filled.
 */
class Pin015ReportTest {

    @TempDir
    Path tmp;

    static String seedSample() throws IOException {
        try (InputStream in = Pin015ReportTest.class.getResourceAsStream("seed-pin015.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsOwnStateRendersTheSeedsTablesAndSignatureBlock() throws IOException {
        String text = Pin015Runs.text(Pin015Runs.run(tmp, M4Fixture.seed()));

        assertThat(SeedReport.mismatch(seedSample(), text)).isEmpty();
        assertThat(text).contains("**Thresholds:** seed (total cycles ≥2500, golden files >20000)");
    }

    @Test
    void theGoldenComparisonNoticesADepartureFromTheSeed() throws IOException {
        String text = Pin015Runs.text(Pin015Runs.run(tmp, M4Fixture.seed().misclassify("HTTP_404", "TRANSIENT")));

        assertThat(SeedReport.mismatch(seedSample(), text)).contains("| HTTP_404 | Yes | PERMANENT | PASS |");
    }

    @Test
    void aCertifiedRunFillsTheCertificationBlockAndSaysItsThresholdsWereLowered() {
        String text = Pin015Runs.text(Pin015Runs.run(tmp, M4Fixture.certified()));

        assertThat(text).contains(
                "**Status:** M4 CERTIFIED",
                "**Thresholds:** LOWERED: total cycles ≥4, golden files >7",
                "| 7 | Total cycles | `grep -c \"Running cycle\" /var/lib/aos/shadow_24h_*.log` | ≥4 | 4 | PASS |",
                "| 24-hour shadow run | PASS | 4 cycles, 0 mismatches (lowered thresholds) |",
                "Owner:          sre-oncall\nDate:           2025-12-03\n",
                "Total Cycles:   4\nTotal Workflows:8\nMismatches:     0\n",
                "Checklist Results: 20/20 PASS\nThresholds:     LOWERED:",
                "CERTIFIED: [X] YES  [ ] NO (if NO, attach remediation plan)",
                "Verdict: M4 CERTIFIED");
    }

    @Test
    void loweredThresholdsComeFromTheConfigurationParametersAndAreNamed() {
        ProofRunResult run = Pin015Runs.run(tmp, M4Fixture.certified().atSeedThresholds(),
                "proof.pin015.min-cycles", "4", "proof.pin015.min-golden-files", "8");

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certified());
        assertThat(Pin015Runs.text(run)).contains("**Thresholds:** LOWERED: total cycles ≥4, golden files >7 (seed: "
                + "total cycles ≥2500, golden files >20000), from proof.pin015.min-cycles=4; proof.pin015.min-golden-files=8");
        assertThat(Pin015Runs.json(run).at("/thresholds/lowered").asBoolean()).isTrue();
    }

    @Test
    void theJsonCarriesTheGatesAsChecksAndTheShadowRunAsSummed() {
        JsonNode json = Pin015Runs.json(Pin015Runs.run(tmp, M4Fixture.seed()));

        assertThat(json.path("suite").asText()).isEqualTo("PIN015");
        assertThat(json.path("verdict").asText()).isEqualTo("M4 NOT CERTIFIED");
        // Every check, in plan order, each with its group; the nine gates are the matrix.
        java.util.List<String> checks = Pin015Runs.allTests();
        checks.remove(M4Readiness.M4_CERTIFIED);
        assertThat(json.path("checks").findValuesAsText("id")).containsExactlyElementsOf(checks);
        java.util.List<JsonNode> matrix = new java.util.ArrayList<>();
        json.path("checks").forEach(c -> {
            assertThat(c.path("group").asText()).as(c.path("id").asText()).isNotEmpty();
            if (c.path("matrix").asBoolean()) {
                matrix.add(c);
            }
        });
        assertThat(matrix).extracting(c -> c.path("id").asText()).containsExactlyElementsOf(MaturityGates.IDS);
        assertThat(matrix).extracting(c -> c.path("status").asText()).containsExactly(
                "PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PENDING", "PENDING", "PENDING");
        assertThat(json.path("checks").findValues("group")).extracting(JsonNode::asText)
                .contains("phase-a", "phase-b", "phase-c", "phase-d", "phase-e", "shadow", "runbook", "signoff", "gates");
        assertThat(json.at("/shadow_run/state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(json.at("/shadow_run/cycles").asLong()).isEqualTo(24);
        assertThat(json.at("/shadow_run/workflows").asLong()).isEqualTo(216);
        assertThat(json.at("/shadow_run/golden_files").asLong()).isEqualTo(216);
        assertThat(json.at("/thresholds/lowered").asBoolean()).isFalse();
        assertThat(json.at("/readiness/0/status").asText()).isEqualTo("NOT_READY");
        assertThat(json.at("/signoff/present").asBoolean()).isFalse();
    }
}

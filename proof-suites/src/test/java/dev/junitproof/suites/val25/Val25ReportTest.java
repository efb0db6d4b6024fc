package dev.junitproof.suites.val25;

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

class Val25ReportTest {

    @TempDir
    Path tmp;

    static String seedSample() throws IOException {
        try (InputStream in = Val25ReportTest.class.getResourceAsStream("seed-section-7.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsSampleFiguresRenderTheSeedsSampleReport() throws IOException {
        String text = Val25Runs.text(Val25Runs.run(tmp, FleetFixture.passing()));

        assertThat(SeedReport.mismatch(seedSample(), text)).isEmpty();
        assertThat(text).startsWith("VAL25 — Fleet Rollout Proof Report\nGenerated: 2026-03-23T12:00:00Z\n");
    }

    @Test
    void theGoldenComparisonNoticesADepartureFromTheSeed() throws IOException {
        String text = Val25Runs.text(Val25Runs.run(tmp, FleetFixture.passing().planCreateP99(24.2)));

        assertThat(SeedReport.mismatch(seedSample(), text)).contains("p99: 24.1 ms");
    }

    @Test
    void aFailingRunNamesItsFailuresAndSaysNotReady() {
        String text = Val25Runs.text(Val25Runs.run(tmp, FleetFixture.passing().planCreateP99(612.5).without("VAL09")));

        // Column widths are layout; what is said is compared with runs of spaces squeezed.
        assertThat(text.replaceAll(" +", " ")).contains(
                "VAL09 Stuck Rollout Detection MISSING (0/10 checks): val09-report.json not found",
                "p99: 612.5 ms [target <= 500 ms] FAIL",
                "VAL25-06 FAIL Latency: plan_create p99 <= 500ms [target]",
                "Overall: PASS=7 FAIL=3",
                "- VAL25-06 FAIL: measured p99=612.5ms (target <= 500 ms)",
                "Stuck Detection Accuracy (VAL09):\n MISSING: val09-report.json not found",
                "DESIGN PARTNER READY ✗\n",
                " ✗ plan_create p99 ≤ 500 ms (VAL07)",
                " ✓ Rollback aggregate rate ≥ 0.990 (VAL10)",
                "Verdict: NOT READY");
    }

    @Test
    void theJsonCarriesTheContractFieldsAndTheSectionsFigures() {
        ProofRunResult run = Val25Runs.run(tmp, FleetFixture.passing());
        JsonNode json = Val25Runs.json(run);

        assertThat(json.path("schema").asText()).isEqualTo("proof-report/v1");
        assertThat(json.path("suite").asText()).isEqualTo("VAL25");
        assertThat(json.path("verdict").asText()).isEqualTo("DESIGN PARTNER READY");
        assertThat(json.path("checks").findValuesAsText("id")).containsExactly("VAL25-01", "VAL25-02", "VAL25-03",
                "VAL25-04", "VAL25-05", "VAL25-06", "VAL25-07", "VAL25-08", "VAL25-09", "VAL25-10");
        JsonNode p99 = json.path("checks").get(5);
        assertThat(p99.path("detail").asText()).isEqualTo("measured p99=24.1ms");
        assertThat(p99.path("target").asText()).isEqualTo("<= 500 ms");
        assertThat(json.path("coverage").findValuesAsText("status")).containsExactly("PASS", "PASS", "PASS", "PASS", "PASS");
        assertThat(json.path("coverage").get(0).path("passed").asInt()).isEqualTo(9);
        assertThat(json.path("readiness").findValuesAsText("status")).containsExactly("READY", "NOT_YET", "NOT_YET");
        assertThat(json.path("evidence").findValuesAsText("path")).containsExactly(
                "val07-report.json", "val08-report.json", "val09-report.json", "val10-report.json", "val11-report.json");
        assertThat(json.at("/latency/measured/plan_create/recomputed_nearest_rank/p99_ms").asDouble()).isEqualTo(24.1);
        assertThat(json.at("/recovery/measured/aggregate/rate").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/evidence_window/coherent").asBoolean()).isTrue();
    }
}

package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import dev.junitproof.testing.SeedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Val26ReportTest {

    static final Path SAMPLE = Path.of("..", "examples", "evidence", HaFixture.UNIT);

    @TempDir
    Path tmp;

    private static String seedSample() throws IOException {
        try (InputStream in = Val26ReportTest.class.getResourceAsStream("seed-section-7.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsSampleFiguresRenderTheSeedsSampleReport() throws IOException {
        String text = Val26Runs.text(Val26Runs.run(tmp, HaFixture.passing()));

        assertThat(SeedReport.mismatch(seedSample(), text)).isEmpty();
    }

    @Test
    void theGoldenComparisonNoticesADeparture() throws IOException {
        String text = Val26Runs.text(Val26Runs.run(tmp, HaFixture.passing().set("VAL13", "/method/poll_interval_ms", 100)));

        assertThat(SeedReport.mismatch(seedSample(), text)).contains("every 50ms");
    }

    @Test
    void theJsonCarriesTheContractFieldsAndTheSections() {
        JsonNode json = Val26Runs.json(Val26Runs.run(tmp, HaFixture.passing()));

        assertThat(json.path("suite").asText()).isEqualTo("VAL26");
        assertThat(json.path("verdict").asText()).isEqualTo("HA DESIGN PARTNER READY");
        // Every judged check is listed, each with its group: the slices', the figures', the window and the matrix.
        assertThat(json.path("checks").findValuesAsText("id")).containsExactlyElementsOf(Val26Runs.passing().keySet()
                .stream().filter(id -> !id.startsWith("HA_")).toList());
        java.util.Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        json.path("checks").forEach(c -> byId.put(c.path("id").asText(), c));
        assertThat(byId.values().stream().filter(c -> c.path("matrix").asBoolean()).map(c -> c.path("id").asText()))
                .containsExactly("VAL26-01", "VAL26-02", "VAL26-03", "VAL26-04", "VAL26-05", "VAL26-06", "VAL26-07",
                        "VAL26-08", "VAL26-09", "VAL26-10");
        assertThat(byId.get("VAL26-06").path("detail").asText()).isEqualTo("measured sigterm=342ms");
        // Typed figures as numbers: the figure check and the matrix row judged by it carry the same.
        for (String id : List.of("VAL13-sigterm", "VAL26-06")) {
            assertThat(byId.get(id).path("measured_value").asDouble()).isEqualTo(342.0);
            assertThat(byId.get(id).path("target_value").asDouble()).isEqualTo(5000.0);
            assertThat(byId.get(id).path("unit").asText()).isEqualTo("ms");
            assertThat(byId.get(id).path("comparator").asText()).isEqualTo("<=");
        }
        assertThat(byId.get("VAL13-sigterm").path("group").asText()).isEqualTo("figures");
        assertThat(json.path("coverage").findValuesAsText("check"))
                .containsExactly("VAL26-01", "VAL26-02", "VAL26-03", "VAL26-04", "VAL26-05");
        assertThat(json.path("readiness").findValuesAsText("level"))
                .containsExactly("HA_DESIGN_PARTNER", "HA_GA", "HA_PUBLIC_PRODUCTION");
        assertThat(json.at("/replication_lag/derived_thresholds/alert_ms").asDouble()).isEqualTo(500.0);
        assertThat(json.at("/failover/rapid_ms").size()).isEqualTo(3);
        assertThat(json.path("evidence")).hasSize(5);
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
        Path generated = HaFixture.passing().writeTo(tmp);
        HaFixture.gaAttested().writeTo(generated);
        assertThat(Files.readString(SAMPLE.resolve("approvals.json")))
                .as("examples/evidence/%s/approvals.json (regenerate with HaFixture.main)", HaFixture.UNIT)
                .isEqualTo(Files.readString(generated.resolve("approvals.json")));

        for (String val : List.of("val13", "val14", "val15", "val16", "val17")) {
            String file = val + "-report.json";
            assertThat(Files.readString(SAMPLE.resolve(file)))
                    .as("examples/evidence/%s/%s (regenerate with HaFixture.main)", HaFixture.UNIT, file)
                    .isEqualTo(Files.readString(generated.resolve(file)));
        }
    }

    @Test
    void selectingTheSampleDirectoryRunsBothSuitesEachWithItsOwnReport() {
        ProofRunResult run = ProofRunner.selectDirectory(SAMPLE).run(tmp);

        // The sample's approvals.json attests the three HA GA requirements: HA GA is reached, and says so.
        java.util.Map<String, ProofRunResult.Shown> expected = new java.util.LinkedHashMap<>(Val26Runs.passing());
        expected.put("VAL26-APPROVALS", ProofRunResult.Shown.PASSED);
        expected.put("HA_GA", ProofRunResult.Shown.PASSED);
        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.report(HaFixture.UNIT, Val26Runs.TEXT)).contains("Verdict: HA GA READY",
                "HA GA READY ✓", "✓ VAL18 30-day HA soak", "(attested by ha-lead, https://tracker.example/HA-18)");
        assertThat(run.tests("VAL25")).containsEntry("VAL25-APPROVALS", ProofRunResult.Shown.PASSED)
                .containsEntry("GA", ProofRunResult.Shown.ABORTED);
        assertThat(run.report(HaFixture.UNIT, "val25-proof-report.txt")).contains("Verdict: DESIGN PARTNER READY");
    }
}

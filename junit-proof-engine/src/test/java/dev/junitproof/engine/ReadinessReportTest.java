package dev.junitproof.engine;

import dev.junitproof.api.observe.LevelEvent;
import dev.junitproof.api.result.RenderedReport;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Charts next to the reports, the rendered report handed to readiness levels while they run, and the environment
 * lines published for report tools.
 */
class ReadinessReportTest {

    private static final String UNIT = "demo-lab-2026-03-23";

    @TempDir
    Path tmp;

    @Test
    void aSuitesChartsAreWrittenNextToItsReports() throws Exception {
        Path unit = DemoEvidence.passing().p99(412).writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        Path chart = tmp.resolve("out").resolve(UNIT).resolve("demo-latency.png");
        BufferedImage image = ImageIO.read(chart.toFile());
        assertThat(image).as("a PNG ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(412);
        assertThat(image.getHeight()).isEqualTo(DemoSuite.CHART_HEIGHT);
        assertThat(result.report(UNIT, "demo-proof-report.txt")).contains("Verdict: PARTNER READY");
        try (var files = Files.list(chart.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("demo-latency.png", "demo-proof-report.txt", "demo-proof-report.json",
                            "demo-proof-report.md");
        }
    }

    @Test
    void aChartThatCannotBeDrawnIsSkippedWithAWarningAndTheRunAndReportsStand() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProofRunResult result;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            result = ProofRunner.selectDirectory(unit).config(DemoSuite.CHARTS, "broken").run(tmp.resolve("out"));
        } finally {
            System.setErr(original);
        }

        assertThat(result.tests()).containsExactly(
                entry("DEMO-01", Shown.PASSED),
                entry("DEMO-02", Shown.PASSED),
                entry("DEMO-03", Shown.PASSED),
                entry("PARTNER", Shown.PASSED),
                entry("GA", Shown.ABORTED));
        assertThat(result.report(UNIT, "demo-proof-report.txt")).contains("Verdict: PARTNER READY");
        assertThat(tmp.resolve("out").resolve(UNIT).resolve("demo-latency.png")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("[proof] DEMO charts skipped (the reports stand): java.lang.InternalError: "
                        + "java.lang.reflect.InvocationTargetException (no fontconfig)");
        List<RecordingObserver.Observed> observed = RecordingObserver.of(unit);
        LevelEvent partner = (LevelEvent) observed.get(3).event();
        assertThat(partner.report()).hasValueSatisfying(r -> assertThat(r.charts()).isEmpty());
    }

    @Test
    void everyReadinessLevelCarriesTheReportTheListenerWritesAndTheCharts() throws Exception {
        Path unit = DemoEvidence.passing().p99(600).writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        List<RecordingObserver.Observed> observed = RecordingObserver.of(unit);
        LevelEvent partner = (LevelEvent) observed.get(3).event();
        LevelEvent ga = (LevelEvent) observed.get(4).event();
        RenderedReport report = partner.report().orElseThrow();
        assertThat(ga.report()).as("rendered once per suite run").containsSame(report);
        assertThat(report.textName()).isEqualTo("demo-proof-report.txt");
        assertThat(report.text()).as("byte for byte the written report")
                .isEqualTo(result.report(UNIT, "demo-proof-report.txt"))
                .contains("DEMO-01 FAIL", "Verdict: NOT READY");
        assertThat(report.charts()).extracting(BinaryReportFile::name, BinaryReportFile::mediaType)
                .containsExactly(tuple("demo-latency.png", "image/png"));
        assertThat(report.charts().get(0).content())
                .isEqualTo(Files.readAllBytes(tmp.resolve("out").resolve(UNIT).resolve("demo-latency.png")));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(report.charts().get(0).content()));
        assertThat(image.getWidth()).isEqualTo(600);
    }

    @Test
    void aLevelRerunAloneCarriesThePartialReportTheListenerWrites() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        String level = "[engine:proof]/[evidence:" + UNIT + "]/[suite:DEMO]/[group:readiness]/[level:PARTNER]";

        ProofRunResult result = ProofRunner.selectUniqueId(level).config("proof.evidence", unit.getParent().toString())
                .run(tmp.resolve("out"));

        assertThat(result.tests()).containsExactly(entry("PARTNER", Shown.PASSED));
        LevelEvent partner = (LevelEvent) RecordingObserver.of(unit).get(0).event();
        String written = result.report(UNIT, "demo-proof-report-partial.txt");
        assertThat(written).contains("Verdict: PARTIAL RUN (0 of 3 checks ran; no verdict)");
        assertThat(partner.report()).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo(written));
    }

    @Test
    void theReportsEnvironmentLinesArePublishedOnTheSuiteRun() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        List<Map<String, String>> entries = result.entries("DEMO").stream().map(e -> e.getKeyValuePairs())
                .filter(m -> m.keySet().stream().anyMatch(k -> k.startsWith(SuiteProof.ENVIRONMENT_KEY_PREFIX)))
                .toList();
        assertThat(entries).containsExactly(Map.of(
                "proof.environment.Backend", "demo store (in memory)",
                "proof.environment.Topology", "one node"));
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;
import dev.junitproof.suites.val24.PlainEvidenceReader;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.junitproof.suites.charts.ChartPngs.assertChartWritten;
import static org.assertj.core.api.Assertions.assertThat;

/** VAL07 latency and VAL08 throughput charts: their data exactly, from the fixture; their PNGs next to the reports. */
class Val25ChartsTest {

    @TempDir
    Path tmp;

    private FleetEvidence read(FleetFixture fixture) {
        return FleetEvidence.read(new PlainEvidenceReader(fixture.writeTo(tmp.resolve("read"))));
    }

    @Test
    void latencyChartShowsEachPercentileAgainstItsTarget() {
        ChartData chart = LatencyChart.of(read(FleetFixture.passing())).orElseThrow();

        assertThat(chart.fileName()).isEqualTo("val25-val07-latency.png");
        assertThat(chart.title()).isEqualTo("VAL07 latency percentiles against their targets");
        assertThat(chart.xAxisTitle()).isEqualTo("percentile");
        assertThat(chart.yAxisTitle()).isEqualTo("latency (ms)");
        assertThat(chart.rightAxisTitle()).isEmpty();
        assertThat(chart.categories()).containsExactly("plan_create p50", "plan_create p95", "plan_create p99",
                "plan_list p99");
        assertThat(chart.series()).containsExactly(
                new ChartSeries(LatencyChart.MEASURED, List.of(12.4, 19.8, 24.1, 8.3), ChartSeries.Style.BARS, 0),
                new ChartSeries(LatencyChart.TARGET, List.of(100.0, 300.0, 500.0, 500.0), ChartSeries.Style.TARGET, 0));
    }

    @Test
    void aReportedPercentileItsSamplesContradictIsDrawnAtTheSamplesFigure() {
        // The lab reports p99 = 24.1 ms, but its top sample is 612 ms: the bar must not look like a pass.
        ChartData chart = LatencyChart.of(read(FleetFixture.passing()
                .set("VAL07", "/plan_create/samples_ms/19", 612.0))).orElseThrow();

        assertThat(chart.series(LatencyChart.MEASURED).orElseThrow().values()).containsExactly(12.4, 19.8, 612.0, 8.3);
    }

    @Test
    void throughputChartShowsPlansPerSecondAndErrorsPerTier() {
        ChartData chart = ThroughputChart.of(read(FleetFixture.passing().set("VAL08", "/tiers/3/errors", 2)))
                .orElseThrow();

        assertThat(chart.fileName()).isEqualTo("val25-val08-throughput.png");
        assertThat(chart.title()).isEqualTo("VAL08 throughput per tier");
        assertThat(chart.xAxisTitle()).isEqualTo("concurrent plan creates");
        assertThat(chart.yAxisTitle()).isEqualTo("plans/sec");
        assertThat(chart.rightAxisTitle()).contains("errors");
        assertThat(chart.categories()).containsExactly("N=1", "N=10", "N=50", "N=100");
        assertThat(chart.series()).containsExactly(
                new ChartSeries("plans/sec", List.of(18.42, 62.11, 74.33, 78.05), ChartSeries.Style.BARS, 0),
                new ChartSeries("errors", List.of(0.0, 0.0, 0.0, 2.0), ChartSeries.Style.LINE, 1));
    }

    @Test
    void aRunWritesBothChartsNextToTheReports() {
        ProofRunResult run = Val25Runs.run(tmp, FleetFixture.passing());

        assertChartWritten(run, FleetFixture.UNIT, "val25-val07-latency.png");
        assertChartWritten(run, FleetFixture.UNIT, "val25-val08-throughput.png");
    }

    @Test
    void aMissingSliceHasNoChartAndTheReportIsStillWritten() {
        assertThat(LatencyChart.of(read(FleetFixture.passing().without("VAL07")))).isEqualTo(Optional.empty());

        ProofRunResult run = Val25Runs.run(tmp, FleetFixture.passing().without("VAL07"));

        assertThat(run.outputDir().resolve(FleetFixture.UNIT).resolve("val25-val07-latency.png")).doesNotExist();
        assertChartWritten(run, FleetFixture.UNIT, "val25-val08-throughput.png");
        assertThat(Files.exists(run.outputDir().resolve(FleetFixture.UNIT).resolve(Val25Runs.TEXT))).isTrue();
        assertThat(Val25Runs.text(run)).contains("Latency Metrics (VAL07):", "  MISSING: ");
    }

    @Test
    void theEnvironmentLinesAreTheReportsOwn() {
        FleetEvidence evidence = read(FleetFixture.passing());
        String text = Val25Runs.text(Val25Runs.run(tmp, FleetFixture.passing()));

        assertThat(Val25TextReport.environment(evidence)).containsExactly(
                java.util.Map.entry("Backend", "SQLite (single-node, in-process)"),
                java.util.Map.entry("Chaos", "SIGTERM only (no SIGKILL, no iptables, no network partitions)"),
                java.util.Map.entry("Topology", "Single-node, single-region"),
                java.util.Map.entry("Test suite", "VAL07–VAL11 (5 validation slices, embedded in run_cli_audit_lab.sh)"),
                java.util.Map.entry("Evidence", evidence.slices().windowLine()));
        assertThat(text).contains("  Backend:    SQLite (single-node, in-process)\n",
                "  Topology:   Single-node, single-region\n");
    }
}

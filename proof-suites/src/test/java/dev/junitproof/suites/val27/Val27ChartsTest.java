package dev.junitproof.suites.val27;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;
import dev.junitproof.suites.val24.PlainEvidenceReader;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.junitproof.suites.charts.ChartPngs.assertChartWritten;
import static org.assertj.core.api.Assertions.assertThat;

/** The VAL20 throughput chart (beta): its data exactly, from RelayFixture; its PNG next to the reports. */
class Val27ChartsTest {

    @TempDir
    Path tmp;

    private RelayEvidence read(RelayFixture fixture) {
        return RelayEvidence.read(new PlainEvidenceReader(fixture.writeTo(tmp.resolve("read"))));
    }

    @Test
    void throughputChartShowsSegmentsPerSecondPerTierAndSaysBeta() {
        ChartData chart = ThroughputChart.of(read(RelayFixture.passing())).orElseThrow();

        assertThat(chart.fileName()).isEqualTo("val27-val20-throughput.png");
        assertThat(chart.title()).isEqualTo("VAL20 throughput per tier (BETA: informational, no floor)").contains("BETA");
        assertThat(chart.xAxisTitle()).isEqualTo("tier");
        assertThat(chart.yAxisTitle()).isEqualTo("segments/sec");
        assertThat(chart.rightAxisTitle()).isEmpty();
        assertThat(chart.categories()).containsExactly("T1", "T2", "T3", "T4", "T5");
        assertThat(chart.series()).containsExactly(
                new ChartSeries("segments/sec", List.of(38.2, 140.8, 163.3, 105.3, 0.9), ChartSeries.Style.BARS, 0));
    }

    @Test
    void aRunWritesTheChartNextToTheReportsAndNoneWithoutVal20() {
        ProofRunResult run = Val27Runs.run(tmp.resolve("a"), RelayFixture.passing());
        assertChartWritten(run, Val27Runs.ROOT, "val27-val20-throughput.png");

        ProofRunResult without = Val27Runs.run(tmp.resolve("b"), RelayFixture.passing().without(RelaySlice.VAL20));
        assertThat(without.outputDir().resolve(Val27Runs.ROOT).resolve("val27-val20-throughput.png")).doesNotExist();
        assertThat(Val27Runs.text(without)).contains("Throughput Tiers (VAL20");
    }
}

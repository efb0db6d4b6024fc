package dev.junitproof.suites.val26;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;
import dev.junitproof.suites.val24.PlainEvidenceReader;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.junitproof.suites.charts.ChartPngs.assertChartWritten;
import static org.assertj.core.api.Assertions.assertThat;

/** The VAL13 failover chart: its data exactly, from HaFixture; its PNG next to the reports. */
class Val26ChartsTest {

    @TempDir
    Path tmp;

    private HaEvidence read(HaFixture fixture) {
        return HaEvidence.read(new PlainEvidenceReader(fixture.writeTo(tmp.resolve("read"))));
    }

    @Test
    void failoverChartShowsEachTimingInSecondsAgainstTheFiveSecondLine() {
        ChartData chart = FailoverChart.of(read(HaFixture.passing())).orElseThrow();

        assertThat(chart.fileName()).isEqualTo("val26-val13-failover.png");
        assertThat(chart.title()).isEqualTo("VAL13 failover timings against the 5 s line");
        assertThat(chart.xAxisTitle()).isEqualTo("failover");
        assertThat(chart.yAxisTitle()).isEqualTo("seconds");
        assertThat(chart.rightAxisTitle()).isEmpty();
        assertThat(chart.categories()).containsExactly("SIGTERM", "SIGKILL", "rapid 1", "rapid 2", "rapid 3");
        assertThat(chart.series()).containsExactly(
                new ChartSeries("failover (s)", List.of(0.342, 0.389, 0.281, 0.305, 0.318), ChartSeries.Style.BARS, 0),
                new ChartSeries("target: 5 s", List.of(5.0, 5.0, 5.0, 5.0, 5.0), ChartSeries.Style.TARGET, 0));
    }

    @Test
    void aSlowFailoverStandsAboveTheLine() {
        ChartData chart = FailoverChart.of(read(HaFixture.passing().set("VAL13", "/failover/sigkill_ms", 7250)))
                .orElseThrow();

        assertThat(chart.series("failover (s)").orElseThrow().values()).containsExactly(0.342, 7.25, 0.281, 0.305, 0.318);
    }

    @Test
    void aRunWritesTheChartNextToTheReportsAndNoneWithoutVal13() {
        ProofRunResult run = Val26Runs.run(tmp.resolve("a"), HaFixture.passing());
        assertChartWritten(run, HaFixture.UNIT, "val26-val13-failover.png");

        ProofRunResult without = Val26Runs.run(tmp.resolve("b"), HaFixture.passing().without("VAL13"));
        assertThat(without.outputDir().resolve(HaFixture.UNIT).resolve("val26-val13-failover.png")).doesNotExist();
        assertThat(Val26Runs.text(without)).contains("Failover Timeline (VAL13, Docker two-node cluster):\n  MISSING: ");
    }

    @Test
    void theEnvironmentLinesAreTheReportsTopology() {
        HaEvidence evidence = read(HaFixture.passing());

        assertThat(Val26TextReport.environment(evidence)).containsExactly(
                Map.entry("Cluster", "Two-node HA (node1 + node2), single-region"),
                Map.entry("Database", "PostgreSQL in Docker (single primary; VAL14 adds Docker standby)"),
                Map.entry("Chaos", "SIGTERM + SIGKILL for failover; SQL metadata injection for split-brain; "
                        + "docker stop/start for quorum loss; NO iptables, NO real network partitions"),
                Map.entry("Evidence", evidence.slices().windowLine()));
    }
}

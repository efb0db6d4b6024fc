package dev.junitproof.suites.val24;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.junitproof.suites.charts.ChartPngs.assertChartWritten;
import static org.assertj.core.api.Assertions.assertThat;

/** The VAL24 delivery chart: its data exactly, from SoakFixture; its PNG next to the reports. */
class Val24ChartsTest {

    @TempDir
    Path tmp;

    private Loaded<SoakAccounting> read(SoakFixture fixture) {
        return new SoakAccountant(new PlainEvidenceReader(fixture.writeTo(tmp.resolve("read"))), "").account();
    }

    @Test
    void theRateAxisStartsOnTheHundredthBelowTheLowestDayOrTheTarget() {
        assertThat(DeliveryChart.axisFrom(List.of(1.0, 0.9993))).isEqualTo(0.98);
        assertThat(DeliveryChart.axisFrom(List.of(0.95, Double.NaN))).isEqualTo(0.94);
        assertThat(DeliveryChart.axisFrom(List.of(0.003))).isEqualTo(0.0);
    }

    @Test
    void deliveryChartShowsEachDaysCleanRateAgainstTheTargetAndTheLossSoFar() {
        // Three days; day 2's round 60 (a clean round) loses two of its ten segments silently.
        ChartData chart = DeliveryChart.of(read(SoakFixture.seedSample().days(3).cleanMisses(0).silentLoss(60, 2)),
                outcomes(new CheckOutcome.Pending("VAL24-06", Findings.NONE, "not yet due"),
                        new CheckOutcome.Failed("VAL24-08", Findings.NONE, "silent loss"))).orElseThrow();

        assertThat(chart.fileName()).isEqualTo("val24-delivery.png");
        // The caption states the outcomes of the checks that judge rate and loss; the chart itself judges nothing.
        assertThat(chart.title()).isEqualTo("VAL24 delivery rate per day (VAL24-06 PENDING) and cumulative loss (VAL24-08 FAIL)");
        assertThat(chart.xAxisTitle()).isEqualTo("soak day");
        assertThat(chart.yAxisTitle()).isEqualTo("delivery rate");
        assertThat(chart.rightAxisTitle()).contains("messages lost");
        assertThat(chart.categories()).containsExactly("2026-03-01", "2026-03-02", "2026-03-03");
        // The rate axis starts just below the lowest of the days (0.9957) and the target (0.990), so the margin shows.
        assertThat(chart.leftAxisFrom()).contains(0.98);
        // 46 clean rounds a day (one outage, one recovery round), ten segments each.
        assertThat(chart.series()).containsExactly(
                new ChartSeries("clean-round delivery rate", List.of(1.0, 458.0 / 460, 1.0), ChartSeries.Style.BARS, 0),
                new ChartSeries("target: >= 0.990", List.of(0.990, 0.990, 0.990), ChartSeries.Style.TARGET, 0),
                new ChartSeries("cumulative loss (messages)", List.of(0.0, 2.0, 2.0), ChartSeries.Style.LINE, 1));
    }

    @Test
    void aRunWritesTheChartNextToTheReports() {
        ProofRunResult run = Val24Runs.run(SoakFixture.seedSample().days(3), tmp);

        assertChartWritten(run, Val24Runs.UNIT, "val24-delivery.png");
    }

    @Test
    void aSoakWithoutItsSoakFileHasNoChart() {
        Path unit = SoakFixture.seedSample().days(1).writeTo(tmp.resolve("read"));
        SoakFixture.write(unit.resolve("soak.json"), "not json");

        assertThat(DeliveryChart.of(new SoakAccountant(new PlainEvidenceReader(unit), "").account(), outcomes())).isEmpty();
    }

    @Test
    void theCaptionOfAChecksOutcomeNeverRanIsNotRun() {
        ChartData chart = DeliveryChart.of(read(SoakFixture.seedSample().days(1)), outcomes()).orElseThrow();

        assertThat(chart.title()).isEqualTo("VAL24 delivery rate per day (VAL24-06 NOT_RUN) and cumulative loss (VAL24-08 NOT_RUN)");
    }

    private static Outcomes outcomes(CheckOutcome... recorded) {
        List<CheckOutcome> all = List.of(recorded);
        return new Outcomes() {
            public java.util.Optional<CheckOutcome> find(String checkId) {
                return all.stream().filter(o -> o.id().equals(checkId)).findFirst();
            }

            public List<CheckOutcome> all() {
                return all;
            }
        };
    }
}

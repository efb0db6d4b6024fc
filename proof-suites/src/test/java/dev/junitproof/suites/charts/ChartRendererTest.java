package dev.junitproof.suites.charts;

import dev.junitproof.api.suite.BinaryReportFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartRendererTest {

    private static final ChartData LATENCY = new ChartData("x-latency.png", "Latency", "percentile", "ms",
            Optional.of("errors"), List.of("p50", "p99"), List.of(
                    ChartSeries.bars("measured", List.of(12.4, 24.1)),
                    ChartSeries.target("target: 500 ms", List.of(500.0, 500.0)),
                    ChartSeries.target("per-percentile target", List.of(100.0, 500.0)),
                    ChartSeries.lineOnRightAxis("errors", List.of(0.0, Double.NaN))));

    @Test
    void drawsAHeadlessPngOfTheRenderersSize() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        List<BinaryReportFile> files = ChartRenderer.pngs(List.of(Optional.of(LATENCY), Optional.empty()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(files).extracting(BinaryReportFile::name, BinaryReportFile::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x-latency.png", "image/png"));
        ChartPngs.assertValidChart(files.get(0).content());
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aChartThatCannotBeDrawnIsSkippedWithAWarningAndTheOthersStillDrawn() {
        ChartData other = new ChartData("x-other.png", "Other", "x", "y", Optional.empty(), List.of("a"),
                List.of(ChartSeries.bars("s", List.of(1.0))));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // What a JDK without fontconfig throws on the first text it draws.
        ChartRenderer.Drawing noFonts = data -> {
            if (data.fileName().equals("x-latency.png")) {
                throw new InternalError("java.lang.reflect.InvocationTargetException");
            }
            return ChartRenderer.draw(data);
        };

        List<BinaryReportFile> files = ChartRenderer.pngs(List.of(Optional.of(LATENCY), Optional.of(other)),
                new PrintStream(err, true, StandardCharsets.UTF_8), noFonts);

        assertThat(files).extracting(BinaryReportFile::name).containsExactly("x-other.png");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("[proof] chart x-latency.png skipped (the reports"
                + " stand): java.lang.InternalError: java.lang.reflect.InvocationTargetException" + System.lineSeparator());
    }

    @Test
    void aFigureThatDoesNotExistIsDrawnAsAGap() {
        ChartData days = new ChartData("x-days.png", "Days", "day", "rate", Optional.of("lost"),
                List.of("d1", "d2", "d3"), List.of(
                        ChartSeries.bars("rate", List.of(1.0, Double.NaN, 0.99)),
                        ChartSeries.target("target: 0.990", List.of(0.99, 0.99, 0.99)),
                        ChartSeries.lineOnRightAxis("lost", List.of(0.0, 0.0, 0.0))));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        List<BinaryReportFile> files = ChartRenderer.pngs(List.of(Optional.of(days)),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(files).hasSize(1);
        ChartPngs.assertValidChart(files.get(0).content());
    }

    @Test
    void runningOutOfMemoryIsNotHiddenAsASkippedChart() {
        ChartRenderer.Drawing oom = data -> {
            throw new OutOfMemoryError("test");
        };
        assertThatThrownBy(() -> ChartRenderer.pngs(List.of(Optional.of(LATENCY)), System.err, oom))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void chartDataRefusesSeriesThatDoNotFitItsCategoriesOrAxes() {
        assertThatThrownBy(() -> new ChartData("a.png", "t", "x", "y", Optional.empty(), List.of("a", "b"),
                List.of(ChartSeries.bars("s", List.of(1.0)))))
                .hasMessage("series s has 1 values for 2 categories");
        assertThatThrownBy(() -> new ChartData("a.png", "t", "x", "y", Optional.empty(), List.of("a"),
                List.of(ChartSeries.lineOnRightAxis("loss", List.of(1.0)))))
                .hasMessage("series loss is on the right axis, which has no title");
        assertThat(ChartSeries.target("t", List.of(5.0, 5.0)).constant()).isTrue();
        assertThat(ChartSeries.target("t", List.of(1.0, 5.0)).constant()).isFalse();
    }
}

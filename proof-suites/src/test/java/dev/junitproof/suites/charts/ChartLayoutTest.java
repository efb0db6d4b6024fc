package dev.junitproof.suites.charts;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a chart is laid out: which series become bars, lines or a target line across the plot, and the axes'
 * ranges. The PNG tests show a chart is drawn at all; these show it says what the data says.
 */
class ChartLayoutTest {

    private static final int TARGET_RGB = 0xC0392B;

    private static ChartData chart(List<String> categories, Optional<String> rightAxis, List<ChartSeries> series) {
        return new ChartData("x.png", "Title", "x", "y", rightAxis, categories, series);
    }

    @Test
    void measuredBarsPerCategoryTargetsAndTheRightAxisLineAreSeriesAConstantTargetIsNot() {
        CategoryChart chart = ChartRenderer.chart(chart(List.of("p50", "p99"), Optional.of("errors"), List.of(
                ChartSeries.bars("measured", List.of(12.4, 24.1)),
                ChartSeries.target("target: 500 ms", List.of(500.0, 500.0)),
                ChartSeries.target("per-percentile target", List.of(100.0, 300.0)),
                ChartSeries.lineOnRightAxis("errors", List.of(0.0, 2.0)))));

        assertThat(chart.getSeriesCollection()).extracting(CategorySeries::getName)
                .containsExactly("measured", "per-percentile target", "errors");
        CategorySeries measured = chart.getSeries("measured");
        CategorySeries perCategory = chart.getSeries("per-percentile target");
        CategorySeries errors = chart.getSeries("errors");
        assertThat(measured.getFillColor()).isEqualTo(new Color(0x3B6EA8));
        assertThat(measured.getYAxisGroup()).isZero();
        assertThat(perCategory.getFillColor()).isEqualTo(new Color(TARGET_RGB));
        assertThat(errors.getChartCategorySeriesRenderStyle()).contains(CategorySeries.CategorySeriesRenderStyle.Line);
        assertThat(errors.getLineColor()).isEqualTo(new Color(0x2E7D32));
        assertThat(errors.getYAxisGroup()).isEqualTo(1);
        assertThat(measured.getChartCategorySeriesRenderStyle()).isNotEqualTo(errors.getChartCategorySeriesRenderStyle());
    }

    @Test
    void theLeftAxisLeavesRoomAboveTheHighestBarOrTargetLine() {
        CategoryChart belowTarget = ChartRenderer.chart(chart(List.of("a", "b"), Optional.empty(), List.of(
                ChartSeries.bars("measured", List.of(12.0, Double.NaN)),
                ChartSeries.target("target", List.of(50.0, 50.0)))));
        CategoryChart overTarget = ChartRenderer.chart(chart(List.of("a", "b"), Optional.empty(), List.of(
                ChartSeries.bars("measured", List.of(80.0, 20.0)),
                ChartSeries.target("target", List.of(50.0, 50.0)))));
        CategoryChart nothing = ChartRenderer.chart(chart(List.of("a"), Optional.empty(), List.of(
                ChartSeries.bars("measured", List.of(0.0)))));

        assertThat(belowTarget.getStyler().getYAxisMax(0)).isCloseTo(55.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overTarget.getStyler().getYAxisMax(0)).isCloseTo(88.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(nothing.getStyler().getYAxisMax(0)).isEqualTo(1.0);
        assertThat(belowTarget.getStyler().getYAxisMin()).isEqualTo(0.0);
    }

    @Test
    void aLeftAxisThatStartsAboveZeroLeavesItsRoomInProportion() {
        ChartData rates = new ChartData("r.png", "rates", "day", "rate", Optional.empty(), List.of("a", "b"),
                List.of(ChartSeries.bars("rate", List.of(1.0, 0.9993))), Optional.of(0.98));

        CategoryChart chart = ChartRenderer.chart(rates);

        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0.98);
        assertThat(chart.getStyler().getYAxisMax(0)).isCloseTo(1.002, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theRightAxisHasAScaleOfWholeMessagesEvenWhenNothingWasLost() {
        CategoryChart noLoss = ChartRenderer.chart(chart(List.of("d1", "d2"), Optional.of("lost"), List.of(
                ChartSeries.bars("rate", List.of(1.0, 1.0)),
                ChartSeries.lineOnRightAxis("lost", List.of(0.0, 0.0)))));
        CategoryChart someLoss = ChartRenderer.chart(chart(List.of("d1", "d2"), Optional.of("lost"), List.of(
                ChartSeries.bars("rate", List.of(1.0, 1.0)),
                ChartSeries.lineOnRightAxis("lost", List.of(3.0, 20.0)))));
        CategoryChart noRightAxis = ChartRenderer.chart(chart(List.of("d1"), Optional.empty(), List.of(
                ChartSeries.bars("rate", List.of(1.0)))));

        assertThat(noLoss.getStyler().getYAxisMax(1)).isEqualTo(10.0);
        assertThat(someLoss.getStyler().getYAxisMax(1)).isCloseTo(22.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(someLoss.getStyler().getYAxisMin(1)).isEqualTo(0.0);
        assertThat(someLoss.getStyler().getYAxisGroupDecimalPatternMap()).containsEntry(1, "#,##0.#");
        assertThat(noRightAxis.getStyler().getYAxisMax(1)).isNull();
        assertThat(noRightAxis.getStyler().getYAxisGroupDecimalPatternMap()).doesNotContainKey(1);
    }

    @Test
    void moreThanEightCategoriesAreLabelledAslant() {
        List<String> eight = IntStream.rangeClosed(1, 8).mapToObj(i -> "d" + i).toList();
        List<String> nine = IntStream.rangeClosed(1, 9).mapToObj(i -> "d" + i).toList();

        CategoryChart upright = ChartRenderer.chart(chart(eight, Optional.empty(),
                List.of(ChartSeries.bars("rate", eight.stream().map(d -> 1.0).toList()))));
        CategoryChart aslant = ChartRenderer.chart(chart(nine, Optional.empty(),
                List.of(ChartSeries.bars("rate", nine.stream().map(d -> 1.0).toList()))));

        assertThat(upright.getStyler().getXAxisLabelRotation()).isZero();
        assertThat(aslant.getStyler().getXAxisLabelRotation()).isEqualTo(60);
    }

    private static boolean reddish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r - g > 40 && r - b > 40;
    }

    @Test
    void aConstantTargetIsDrawnAsALineAcrossThePlotWithItsLabelAboveIt() throws Exception {
        BufferedImage image = ChartPngsImage.of(BitmapEncoder.getBitmapBytes(ChartRenderer.chart(chart(
                List.of("a", "b", "c"), Optional.empty(), List.of(
                        ChartSeries.bars("measured", List.of(10.0, 20.0, 30.0)),
                        ChartSeries.target("target: 40", List.of(40.0, 40.0, 40.0))))),
                BitmapEncoder.BitmapFormat.PNG));

        // Only the target is drawn in red (bars are blue, text black): its line is the row with the most red
        // pixels; its label's are antialiased, so red is any clearly reddish pixel.
        int[] perRow = new int[image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (reddish(image.getRGB(x, y))) {
                    perRow[y]++;
                }
            }
        }
        int lineRow = IntStream.range(0, perRow.length).reduce((a, b) -> perRow[a] >= perRow[b] ? a : b).orElseThrow();
        assertThat(perRow[lineRow]).as("a dashed line across most of the plot").isGreaterThan(image.getWidth() / 3);
        int textPixelsAbove = IntStream.range(lineRow - 40, lineRow - 2).map(y -> perRow[y]).sum();
        int textPixelsBelow = IntStream.range(lineRow + 3, lineRow + 40).map(y -> perRow[y]).sum();
        assertThat(textPixelsAbove).as("the label just above the line").isPositive();
        assertThat(textPixelsBelow).as("nothing of the target's colour below it").isZero();
    }

    @Test
    void chartDataFindsItsSeriesByNameAndRefusesSeriesThatDoNotFit() {
        ChartData data = chart(List.of("a", "b"), Optional.of("lost"), List.of(
                ChartSeries.bars("rate", List.of(1.0, 0.5)), ChartSeries.lineOnRightAxis("lost", List.of(0.0, 1.0))));

        assertThat(data.series("lost")).map(ChartSeries::values).contains(List.of(0.0, 1.0));
        assertThat(data.series("rate")).map(ChartSeries::name).contains("rate");
        assertThat(data.series("absent")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chart(List.of("a", "b"), Optional.empty(),
                        List.of(ChartSeries.bars("rate", List.of(1.0)))))
                .hasMessage("series rate has 1 values for 2 categories");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chart(List.of("a"), Optional.empty(),
                        List.of(ChartSeries.lineOnRightAxis("lost", List.of(1.0)))))
                .hasMessage("series lost is on the right axis, which has no title");
    }

    @Test
    void thePublicEntryDrawsEveryChartThereIsDataFor() {
        ChartData one = chart(List.of("a"), Optional.empty(), List.of(ChartSeries.bars("rate", List.of(1.0))));

        assertThat(ChartRenderer.pngs(List.of(Optional.empty(), Optional.of(one))))
                .singleElement().satisfies(file -> ChartPngs.assertValidChart(file.content()));
    }
}

package dev.junitproof.suites.charts;

import dev.junitproof.api.suite.BinaryReportFile;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Draws {@link ChartData} as a PNG with XChart, headless. A chart is a picture of the proof, never part of it:
 * one that cannot be drawn (a machine without fontconfig or fonts, where Java2D throws errors, not exceptions)
 * is left out with a warning, and the reports and the run stand.
 */
public final class ChartRenderer {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;

    private static final Color BARS = new Color(0x3B6EA8);
    private static final Color TARGET = new Color(0xC0392B);
    private static final Color LINE = new Color(0x2E7D32);

    static {
        // No display is needed or wanted: under CI or Surefire there is none, and a desktop's must not be touched.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Set once the first chart's set-up has been started, so it is started once per JVM. */
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private ChartRenderer() {
    }

    /**
     * Starts, on a daemon thread, what the first chart of a JVM costs: Java2D, fonts and the PNG encoder load on
     * first use, most of a second on a cold JVM, far more than drawing. A suite calls this when it starts reading
     * its evidence, so the set-up overlaps the reading instead of following the run. Drawing does not depend on
     * it: it only makes the first one faster. A failure here is left to the real drawing to report.
     */
    public static void prepareInBackground() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread warmUp = new Thread(() -> {
            try {
                draw(new ChartData("warm-up.png", "warm-up", "x", "y", Optional.of("z"), List.of("a"), List.of(
                        ChartSeries.bars("bars", List.of(1.0)), ChartSeries.target("target", List.of(1.0)),
                        ChartSeries.lineOnRightAxis("line", List.of(0.0)))));
            } catch (IOException | RuntimeException | LinkageError | InternalError ignored) {
                // The charts a run draws say what went wrong, each on its own.
            }
        }, "proof-chart-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Each chart there is data for, drawn; a chart that cannot be drawn is skipped with a warning on stderr. */
    public static List<BinaryReportFile> pngs(List<Optional<ChartData>> charts) {
        return pngs(charts, System.err);
    }

    /** How a chart becomes PNG bytes: XChart here; tests stand in a drawing that fails as a bare machine does. */
    @FunctionalInterface
    interface Drawing {
        byte[] png(ChartData data) throws IOException;
    }

    static List<BinaryReportFile> pngs(List<Optional<ChartData>> charts, PrintStream err) {
        return pngs(charts, err, ChartRenderer::draw);
    }

    static List<BinaryReportFile> pngs(List<Optional<ChartData>> charts, PrintStream err, Drawing drawing) {
        List<BinaryReportFile> files = new ArrayList<>();
        for (Optional<ChartData> chart : charts) {
            chart.flatMap(c -> png(c, err, drawing)).ifPresent(files::add);
        }
        return files;
    }

    static byte[] draw(ChartData data) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart(data), BitmapEncoder.BitmapFormat.PNG);
    }

    private static Optional<BinaryReportFile> png(ChartData data, PrintStream err, Drawing drawing) {
        try {
            return Optional.of(new BinaryReportFile(data.fileName(), BinaryReportFile.PNG, drawing.png(data)));
        } catch (IOException | RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
                throw (Error) e;
            }
            err.println("[proof] chart " + data.fileName() + " skipped (the reports stand): " + e);
            return Optional.empty();
        }
    }

    static CategoryChart chart(ChartData data) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(data.title())
                .xAxisTitle(data.xAxisTitle()).yAxisTitle(data.yAxisTitle()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE)
                .setLegendPosition(Styler.LegendPosition.OutsideS);
        // Bars of one category stand side by side (a per-category target beside its measured bar); a target that
        // is the same everywhere is drawn as one line across the plot instead (see below).
        chart.getStyler().setOverlapped(false);
        double from = data.leftAxisFrom().orElse(0.0);
        chart.getStyler().setYAxisMin(from);
        if (data.categories().size() > 8) {
            // A 30-day soak's dates side by side would overprint one another.
            chart.getStyler().setXAxisLabelRotation(60);
        }
        data.rightAxisTitle().ifPresent(title -> {
            chart.setYAxisGroupTitle(1, title);
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            chart.getStyler().setYAxisMin(1, 0.0);
        });
        double[] top = new double[2];
        List<ChartSeries> lines = new ArrayList<>();
        for (ChartSeries s : data.series()) {
            top[s.axis()] = Math.max(top[s.axis()],
                    s.values().stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(0));
            if (s.style() == ChartSeries.Style.TARGET && s.constant()) {
                lines.add(s);
                continue;
            }
            CategorySeries series = chart.addSeries(s.name(), data.categories(), s.values());
            series.setYAxisGroup(s.axis());
            switch (s.style()) {
                case BARS -> series.setFillColor(BARS);
                case TARGET -> series.setFillColor(TARGET); // a target per category: its bar beside the measured one
                default -> {
                    series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
                    series.setMarker(SeriesMarkers.CIRCLE);
                    series.setMarkerColor(LINE);
                    series.setLineColor(LINE);
                }
            }
        }
        // Room above the highest bar or target line, which the axis would otherwise cut off.
        double max = top[0] > from ? top[0] + (top[0] - from) * 0.1 : from + 1.0;
        chart.getStyler().setYAxisMax(0, max);
        if (data.rightAxisTitle().isPresent()) {
            // Zero loss is a line along the bottom of an axis that still has a scale (of whole messages).
            chart.getStyler().setYAxisMax(1, top[1] > 0 ? top[1] * 1.1 : 10.0);
            chart.getStyler().putYAxisGroupDecimalPatternMap(1, "#,##0.#");
        }
        for (ChartSeries target : lines) {
            // One target for every category: a line across the whole plot, labelled just above where it starts.
            double value = target.values().get(0);
            chart.addAnnotation(new AnnotationLine(value, false, false));
            chart.addAnnotation(new AnnotationText(target.name(), 0.3, value + (max - from) * 0.03, false));
        }
        chart.getStyler().setAnnotationLineColor(TARGET)
                .setAnnotationLineStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {8f, 6f}, 0f))
                .setAnnotationTextFontColor(TARGET);
        return chart;
    }
}

package dev.junitproof.suites.charts;

import java.util.List;
import java.util.Optional;

/**
 * What a chart shows, as plain data: each suite builds one from its parsed evidence, tests compare it exactly, and
 * {@link ChartRenderer} draws it. Keeping the figures out of the drawing library means a test never has to
 * compare pixels to know the chart says the right thing.
 *
 * @param fileName        the PNG's name next to the reports, e.g. {@code val25-val07-latency.png}
 * @param title           the chart's title
 * @param xAxisTitle      what the categories are
 * @param yAxisTitle      the left axis's unit
 * @param rightAxisTitle  the right axis's unit, when a series is read against it
 * @param categories      the x axis, in order
 * @param series          each with one value per category
 * @param leftAxisFrom    where the left axis starts when not at 0: a rate of 0.9993 against 0.990 is a margin the
 *                        full 0–1 scale would hide
 */
public record ChartData(String fileName, String title, String xAxisTitle, String yAxisTitle,
        Optional<String> rightAxisTitle, List<String> categories, List<ChartSeries> series,
        Optional<Double> leftAxisFrom) {

    /** A chart whose left axis starts at 0. */
    public ChartData(String fileName, String title, String xAxisTitle, String yAxisTitle,
            Optional<String> rightAxisTitle, List<String> categories, List<ChartSeries> series) {
        this(fileName, title, xAxisTitle, yAxisTitle, rightAxisTitle, categories, series, Optional.empty());
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
            if (s.axis() == 1 && rightAxisTitle.isEmpty()) {
                throw new IllegalArgumentException("series " + s.name() + " is on the right axis, which has no title");
            }
        }
    }

    public Optional<ChartSeries> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}

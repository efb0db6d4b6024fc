package dev.junitproof.suites.charts;

import java.util.List;

/**
 * One series of a chart: a value per category.
 *
 * @param name   the legend's text
 * @param values one per category, in the chart's category order
 * @param style  bars for measured figures, a line for a running figure, a dashed line for a target
 * @param axis   the y axis it is read against: {@code 0} left, {@code 1} right
 */
public record ChartSeries(String name, List<Double> values, Style style, int axis) {

    /** How a series is drawn. */
    public enum Style { BARS, LINE, TARGET }

    public ChartSeries {
        values = List.copyOf(values);
        if (axis != 0 && axis != 1) {
            throw new IllegalArgumentException("axis must be 0 (left) or 1 (right): " + axis);
        }
    }

    /** The same value in every category: drawn as one line across the plot. */
    public boolean constant() {
        return !values.isEmpty() && values.stream().distinct().count() == 1;
    }

    public static ChartSeries bars(String name, List<Double> values) {
        return new ChartSeries(name, values, Style.BARS, 0);
    }

    /**
     * A target: one value for every category is drawn as a dashed line across the plot, labelled with the name;
     * a target per category as a bar beside the measured one.
     */
    public static ChartSeries target(String name, List<Double> values) {
        return new ChartSeries(name, values, Style.TARGET, 0);
    }

    /** A line read against the right-hand axis (a second unit, e.g. messages next to a rate). */
    public static ChartSeries lineOnRightAxis(String name, List<Double> values) {
        return new ChartSeries(name, values, Style.LINE, 1);
    }
}

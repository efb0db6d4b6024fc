package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A figure a check measured, with its unit: a number to compare, not a string to parse back. The JSON report
 * carries it as {@code measured_value} and {@code unit} beside its display text.
 *
 * @param value  the figure
 * @param unit   its unit
 * @param digits how it is printed by default ({@code 24.1 ms}: one decimal)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Measurement(double value, Unit unit, Digits digits) {

    public Measurement {
        if (unit == null || digits == null) {
            throw new IllegalArgumentException("a measurement needs a unit and digits");
        }
    }

    public static Measurement of(double value, Unit unit, Digits digits) {
        return new Measurement(value, unit, digits);
    }

    /** Milliseconds with one decimal, as the labs report latencies: {@code 24.1 ms}. */
    public static Measurement millis(double value) {
        return new Measurement(value, Unit.MILLISECONDS, Digits.decimals(1));
    }

    /** A rate with four decimals, as the seeds print them: {@code 0.9996}. */
    public static Measurement rate(double value) {
        return new Measurement(value, Unit.RATE, Digits.decimals(4));
    }

    public static Measurement count(long value) {
        return new Measurement(value, Unit.COUNT, Digits.INTEGER);
    }

    /** {@code 24.1 ms}, at the default digits. */
    public String text() {
        return unit.after(digits.format(value));
    }

    /**
     * The figure as printed next to a target: at its default digits, unless rounding would make it read as judged
     * otherwise than it is (0.98999 against {@code >= 0.990} must not print {@code 0.9900}); then with as many more
     * decimals as it takes to show why.
     */
    public String against(Target target) {
        boolean met = target.accepts(value);
        Digits shown = digits;
        while (target.accepts(shown.shown(value)) != met && shown.decimals() < Digits.MAX_DECIMALS) {
            shown = shown.withDecimals(shown.decimals() + 1);
        }
        if (target.accepts(shown.shown(value)) != met) {
            // Beyond twelve decimals: print the figure exactly as Java holds it.
            return unit.after(Double.toString(value));
        }
        return unit.after(shown.format(value));
    }

    @Override
    public String toString() {
        return text();
    }
}

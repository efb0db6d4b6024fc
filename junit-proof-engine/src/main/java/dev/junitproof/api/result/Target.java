package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A target a figure must meet: a value, how the figure compares with it, and the unit; it judges and prints
 * itself ({@code <= 500 ms}, {@code >= 0.990}). A suite defines each target once and uses it in the check that
 * judges the figure, in the readiness criteria and in every report, so the number is never written twice.
 *
 * @param comparator how the measured figure compares with {@code value}
 * @param value      the target's value, in {@code unit}
 * @param unit       the unit of the value and of the figures it judges
 * @param digits     how the value is printed ({@code 0.990}: three decimals; {@code 5,000}: grouped)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Target(Comparator comparator, double value, Unit unit, Digits digits) {

    public Target {
        if (comparator == null || unit == null || digits == null) {
            throw new IllegalArgumentException("a target needs a comparator, a unit and digits");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a target's value must be finite, found " + value);
        }
    }

    public static Target atMost(double value, Unit unit) {
        return new Target(Comparator.AT_MOST, value, unit, Digits.INTEGER);
    }

    public static Target atLeast(double value, Unit unit) {
        return new Target(Comparator.AT_LEAST, value, unit, Digits.INTEGER);
    }

    public static Target equalTo(double value, Unit unit) {
        return new Target(Comparator.EQUAL_TO, value, unit, Digits.INTEGER);
    }

    public static Target greaterThan(double value, Unit unit) {
        return new Target(Comparator.GREATER_THAN, value, unit, Digits.INTEGER);
    }

    /** The same target printed with other digits, e.g. {@code Digits.decimals(3)} for {@code >= 0.990}. */
    public Target printed(Digits printed) {
        return new Target(comparator, value, unit, printed);
    }

    /** Whether the figure meets the target. NaN never does. */
    public boolean accepts(double measured) {
        return comparator.holds(measured, value);
    }

    /** Whether the measurement meets the target; a measurement in another unit never does. */
    public boolean accepts(Measurement measured) {
        return measured.unit().equals(unit) && accepts(measured.value());
    }

    /** The value as printed, e.g. {@code 5,000}. */
    public String valueText() {
        return digits.format(value);
    }

    /** {@code <= 500 ms}, {@code >= 0.990}. */
    public String text() {
        return comparator.symbol() + " " + unit.after(valueText());
    }

    @Override
    public String toString() {
        return text();
    }
}

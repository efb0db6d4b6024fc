package dev.junitproof.suites.val24;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the seed's report prints figures: rates to four places, a round's delivery rate as Python prints it. */
final class Figures {

    static final double DELIVERY_TARGET = 0.990;
    static final double RETRY_TARGET = 0.990;

    private Figures() {
    }

    /** {@code 0.9996}; {@code n/a} before there is anything to divide. */
    static String rate(OptionalDouble rate) {
        return rate.isPresent() ? rate(rate.getAsDouble()) : "n/a";
    }

    static String rate(double rate) {
        return String.format(Locale.ROOT, "%.4f", rate);
    }

    /** {@code 1.0}, {@code 0.9}, {@code 0.95}: shortest form with at least one decimal, as the seed prints it. */
    static String shortRate(double rate) {
        BigDecimal value = BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 1 ? value.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : value.toPlainString();
    }

    /** {@code True}/{@code False}, as the seed's report script (Python) prints booleans. */
    static String pythonBool(boolean value) {
        return value ? "True" : "False";
    }

    /**
     * Rounded to {@code places} for JSON, as a decimal so documents print {@code 0.000694}, not {@code 6.94E-4},
     * and stay byte-stable.
     */
    static BigDecimal round(double value, int places) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 1 ? rounded.setScale(1, RoundingMode.UNNECESSARY) : rounded;
    }
}

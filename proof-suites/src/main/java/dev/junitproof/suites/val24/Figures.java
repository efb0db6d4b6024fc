package dev.junitproof.suites.val24;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * The few number forms of the seed's report that the shared {@link dev.junitproof.suites.text.Numbers} has no word
 * for, because the seed's report script is Python: a rate as Python prints a float, Python's booleans, and the
 * decimals the JSON documents carry. Never a status: a figure's status is its check's outcome.
 */
final class Figures {

    private Figures() {
    }

    /** {@code 0.9996} (four places, more where four would misjudge it); {@code n/a} before there is anything to divide. */
    static String rate(OptionalDouble rate, Target target) {
        return rate.isPresent() ? Measurement.rate(rate.getAsDouble()).against(target) : "n/a";
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

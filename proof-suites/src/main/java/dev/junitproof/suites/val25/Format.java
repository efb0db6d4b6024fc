package dev.junitproof.suites.val25;

import java.util.Locale;

/** Number formats the VAL25 report uses (seed §7): one decimal for ms figures, four for rates. */
final class Format {

    private Format() {
    }

    /** {@code 24.1}: latency percentiles. */
    static String ms1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code 142}: wall times. */
    static String ms0(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** {@code 18.42}: plans per second. */
    static String rate2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code 1.0000}: success rates. */
    static String rate4(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** {@code 3}: seconds as the lab configured them, without a useless ".0". */
    static String seconds(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

}

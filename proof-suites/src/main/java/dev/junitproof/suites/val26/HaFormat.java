package dev.junitproof.suites.val26;

import java.util.Locale;

/** Number formats the VAL26 report uses (seed §7): whole milliseconds, thousands separated in targets. */
final class HaFormat {

    private HaFormat() {
    }

    /** {@code 342}: a measured duration, whole ms (fractions shown only when present). */
    static String ms(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code 2,000}: a count or size with thousands separators. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

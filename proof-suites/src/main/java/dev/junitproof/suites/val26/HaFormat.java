package dev.junitproof.suites.val26;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formats the VAL26 report uses (seed §7): whole milliseconds, thousands separated in targets. */
final class HaFormat {

    private HaFormat() {
    }

    /**
     * {@code 342}: a measured duration as the evidence carries it, no trailing zeros, never rounded or clipped
     * (a fraction such as {@code 0.04} stays visible; a huge figure is printed in full, not as {@code long}'s maximum).
     */
    static String ms(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** {@code 2,000}: a count or size with thousands separators. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

package dev.junitproof.suites.pin015;

import java.time.Duration;
import java.util.Locale;

/** Number and time formats of the PIN-015 report: thousands separators as the seed prints them ("22,500"). */
final class Fmt {

    private Fmt() {
    }

    /** {@code 22,500}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 11.23}; whole numbers without ".0" ({@code 24}, {@code 30}). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }

    /** {@code 12 minutes}, {@code 24 hours}, {@code 1h 5m}: how long a run has gone. */
    static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (d.toMinutesPart() == 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toHours() + "h " + d.toMinutesPart() + "m";
    }
}

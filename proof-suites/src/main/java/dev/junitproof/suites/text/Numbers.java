package dev.junitproof.suites.text;

import dev.junitproof.api.result.Digits;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * How every suite's reports print numbers, locale-independent so the same evidence prints the same bytes on every
 * machine. Only numbers: a status word is never made here (it is a check's outcome), and a figure judged against
 * a target prints through {@link dev.junitproof.api.result.Measurement#against}, which shows the digits that
 * decide it.
 */
public final class Numbers {

    private Numbers() {
    }

    /** {@code String.format} without the machine's locale. */
    public static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A fixed number of decimals: {@code fixed(24.14, 1)} is {@code 24.1}, {@code fixed(1, 4)} is {@code 1.0000}. */
    public static String fixed(double value, int decimals) {
        return Digits.decimals(decimals).format(value);
    }

    /** {@code 22,500}: a count with thousands separators. */
    public static String count(long value) {
        return f("%,d", value);
    }

    /** {@code 9,412}: a whole number with thousands separators, rounded. */
    public static String whole(double value) {
        return Digits.GROUPED.format(value);
    }

    /**
     * {@code 342}, {@code 0.04}, {@code 11.23}: a figure as the evidence carries it, without trailing zeros, never
     * rounded or clipped (a huge figure prints in full).
     */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** {@code 5 s}, {@code 2.5 s}. */
    public static String seconds(double value) {
        return plain(value) + " s";
    }

    /** {@code 64 B}, {@code 128 KB}, {@code 1 MB}: sizes as the seeds write them. */
    public static String bytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    /** {@code 12 minutes}, {@code 24 hours}, {@code 1h 5m}: how long a run has gone. */
    public static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (d.toMinutesPart() == 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toHours() + "h " + d.toMinutesPart() + "m";
    }

    /** {@code 6h 0m 1s}: the spread of an evidence window. */
    public static String hms(Duration d) {
        return d.toHours() + "h " + d.toMinutesPart() + "m " + d.toSecondsPart() + "s";
    }
}

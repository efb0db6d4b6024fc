package dev.junitproof.suites.val27;

import java.util.Locale;

/** Number formats of the report, locale-independent so the same evidence prints the same bytes everywhere. */
final class Fmt {

    private Fmt() {
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** {@code 1,440}. */
    static String count(long n) {
        return f("%,d", n);
    }

    /** Milliseconds and bytes per second: whole numbers with thousands separators ({@code 9,412}). */
    static String whole(double value) {
        return f("%,.0f", value);
    }

    /** {@code 64 B}, {@code 128 KB}, {@code 1 MB}: segment sizes as the seed writes them. */
    static String bytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    /** {@code 5 s}, {@code 2.5 s}. */
    static String seconds(double s) {
        return s == Math.rint(s) ? f("%.0f s", s) : f("%s s", s);
    }

    static String passFail(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }
}

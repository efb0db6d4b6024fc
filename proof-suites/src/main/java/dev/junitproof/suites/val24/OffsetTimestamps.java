package dev.junitproof.suites.val24;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * The contract's timestamp rule (ISO-8601 with {@code Z} or an explicit offset), answered exactly as
 * {@link OffsetDateTime#parse} answers it, but cheaply for the shape round scripts write:
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}. A year-long soak's receipt list holds 175,200 timestamps and
 * the full parser was a tenth of the soak's whole evaluation. Anything the quick check does not recognise goes to
 * the parser, so the quick check may only ever say yes where the parser says yes.
 */
final class OffsetTimestamps {

    private OffsetTimestamps() {
    }

    static boolean valid(String text) {
        if (quickValid(text)) {
            return true;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** True only for a well-formed, existing date-time in the common shape; false means "ask the parser". */
    static boolean quickValid(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return false;
        }
        int year = AsciiDigits.value(s, 0, 4);
        int month = AsciiDigits.value(s, 5, 2);
        int day = AsciiDigits.value(s, 8, 2);
        int hour = AsciiDigits.value(s, 11, 2);
        int minute = AsciiDigits.value(s, 14, 2);
        int second = AsciiDigits.value(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i - start < 1 || i - start > 9) {
                return false;
            }
        }
        if (i == n - 1) {
            return s.charAt(i) == 'Z';
        }
        if (i != n - 6 || (s.charAt(i) != '+' && s.charAt(i) != '-') || s.charAt(i + 3) != ':') {
            return false;
        }
        int offsetHours = AsciiDigits.value(s, i + 1, 2);
        int offsetMinutes = AsciiDigits.value(s, i + 4, 2);
        return offsetHours >= 0 && offsetMinutes >= 0 && offsetMinutes <= 59
                && (offsetHours < 18 || (offsetHours == 18 && offsetMinutes == 0));
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}

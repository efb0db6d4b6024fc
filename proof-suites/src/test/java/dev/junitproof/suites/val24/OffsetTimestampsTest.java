package dev.junitproof.suites.val24;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetTimestampsTest {

    /** Dates at every month end (and one past it) of common, leap and century years; edge times and offsets. */
    private static List<String> candidates() {
        List<String> dates = new ArrayList<>();
        for (String year : List.of("1900", "2000", "2023", "2024", "0000", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day : new int[] {0, 1, 28, 29, 30, 31, 32}) {
                    dates.add(String.format("%s-%02d-%02d", year, month, day));
                }
            }
        }
        List<String> times = List.of("T00:00:00", "T23:59:59", "T24:00:00", "T12:60:00", "T12:00:60", "t12:00:00",
                "T12:00", "T1:00:00", "T12:00:00.5", "T12:00:00.123456789", "T12:00:00.1234567890", "T12:00:00.",
                "T12:00:00.0", "T12:00:00.9", "T12:00:00.000000000", "T12:00:00.999999999", "T12:00:00.09",
                "T09:09:09", "T19:59:09", "T12:00:00.5x");
        List<String> offsets = List.of("Z", "z", "+00:00", "-00:00", "+05:30", "+18:00", "-18:00", "+18:01",
                "+17:59", "+19:00", "+05:60", "+0530", "+05", "", "+05:30:00", " Z", "Z ", "+00:30", "-00:59", "+09:59",
                "+18:30", "-18:59", "+1a:00", "+05:3a", "+05-30", "*05:30", "+05:30Z");
        List<String> all = new ArrayList<>();
        // Every date in two common shapes; every time and offset variant on a leap day and a day that does not exist.
        for (String date : dates) {
            all.add(date + "T12:00:00Z");
            all.add(date + "T00:00:00.25+05:30");
        }
        for (String date : List.of("2024-02-29", "2023-02-29")) {
            for (String time : times) {
                for (String offset : offsets) {
                    all.add(date + time + offset);
                }
            }
        }
        return all;
    }

    /** The shape the quick check exists for; on it the quick check must answer exactly as the parser does. */
    private static final Pattern COMMON_SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private static boolean parserAccepts(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheParserOnEveryCandidateAndTheQuickCheckNeverAcceptsMore() {
        int quick = 0;
        for (String text : candidates()) {
            boolean parser = parserAccepts(text);
            if (OffsetTimestamps.quickValid(text)) {
                quick++;
                assertThat(parser).as("quick check accepted %s, the parser does not", text).isTrue();
            }
            assertThat(OffsetTimestamps.valid(text)).as(text).isEqualTo(parser);
            if (COMMON_SHAPE.matcher(text).matches()) {
                // Saying "ask the parser" here would be correct but slow: the quick check must carry its whole shape.
                assertThat(OffsetTimestamps.quickValid(text)).as("quick check on %s", text).isEqualTo(parser);
            }
        }
        // The quick check must carry the common shape, or it saves nothing.
        assertThat(quick).isGreaterThan(300);
        assertThat(OffsetTimestamps.quickValid("2026-03-01T00:00:12Z")).isTrue();
        assertThat(OffsetTimestamps.quickValid("2026-02-29T00:00:12Z")).isFalse();
        assertThat(OffsetTimestamps.valid("2026-03-01T00:00:12")).isFalse();
    }
}

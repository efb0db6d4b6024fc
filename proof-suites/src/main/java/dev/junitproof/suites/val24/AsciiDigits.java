package dev.junitproof.suites.val24;

/** Fixed-width decimal fields inside ids and timestamps, read without parsing the whole string. */
final class AsciiDigits {

    private AsciiDigits() {
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 when one of them is not a digit. */
    static int value(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

package dev.junitproof.suites.val24;

/**
 * The seed's segment id scheme {@code val24-r{ROUND:06d}-{IDX:03d}}. Ids in the scheme are packed into one
 * long ({@code round * 1000 + idx}) so a 30-day soak's 14,400 ids fit in a bit set instead of 14,400 strings.
 */
final class SegmentId {

    static final String PREFIX = "val24-r";
    private static final int LENGTH = PREFIX.length() + 6 + 1 + 3;

    private SegmentId() {
    }

    /** The packed key of an id in the scheme, or -1 for any other string. */
    static long key(String id) {
        if (id == null || id.length() != LENGTH || !id.startsWith(PREFIX) || id.charAt(PREFIX.length() + 6) != '-') {
            return -1;
        }
        int round = AsciiDigits.value(id, PREFIX.length(), 6);
        int idx = AsciiDigits.value(id, PREFIX.length() + 7, 3);
        return round < 0 || idx < 0 ? -1 : round * 1000L + idx;
    }

    /** The round an id names, or -1 when it is not in the scheme. */
    static int roundOf(String id) {
        long key = key(id);
        return key < 0 ? -1 : (int) (key / 1000);
    }

    static String of(int round, int idx) {
        // Called for every seeded id the accounting names; String.format is an order of magnitude slower.
        StringBuilder sb = new StringBuilder(LENGTH).append(PREFIX);
        pad(sb, round, 6);
        sb.append('-');
        pad(sb, idx, 3);
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    static String ofKey(long key) {
        return of((int) (key / 1000), (int) (key % 1000));
    }
}

package dev.junitproof.suites.val24;

/**
 * The file names of one round under the soak directory, as the round script writes them. {@code base} is the
 * soak directory relative to the reader's unit: empty when the soak is the unit, {@code val24-relay-soak-…/}
 * when another suite (VAL27) reads it from an evidence root.
 */
record RoundFiles(String base, int round) {

    static final String DIR = "rounds/";

    /** The rounds directory itself under a soak directory {@code base}. */
    static String directory(String base) {
        return base + DIR.substring(0, DIR.length() - 1);
    }

    String stem() {
        // Built for every file of every round; String.format would cost more than reading the file's name.
        String digits = Integer.toString(round);
        StringBuilder sb = new StringBuilder(base.length() + DIR.length() + 7).append(base).append(DIR).append('r');
        for (int i = digits.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    String metrics() {
        return stem() + ".json";
    }

    String seeded() {
        return stem() + "-seeded.txt";
    }

    String deadletter() {
        return stem() + "-deadletter.json";
    }

    String edgedLog() {
        return stem() + "-edged.log";
    }

    String deadletterBefore() {
        return stem() + "-deadletter-before.json";
    }

    String retry() {
        return stem() + "-retry.json";
    }

    /** The round number a file of the rounds directory belongs to ({@code r000042-seeded.txt} → 42), or -1. */
    static int roundOf(String fileName) {
        if (fileName.length() < 8 || fileName.charAt(0) != 'r') {
            return -1;
        }
        int round = 0;
        for (int i = 1; i <= 6; i++) {
            char c = fileName.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            round = round * 10 + (c - '0');
        }
        char next = fileName.charAt(7);
        return (next == '.' || next == '-') && round > 0 ? round : -1;
    }
}

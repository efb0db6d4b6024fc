package dev.junitproof.suites.val24;

/**
 * A round whose files are absent or cannot be read. The newest such round is still being written (in progress,
 * not loss); an older one is an evidence inconsistency, because what it seeded can no longer be accounted for.
 *
 * @param file   the first file that could not be read
 * @param detail why, naming the file (and JSON pointer for a schema mismatch)
 */
record UnreadableRound(int round, int day, String file, String detail) {
}

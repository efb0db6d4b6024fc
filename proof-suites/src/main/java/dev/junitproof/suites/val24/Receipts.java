package dev.junitproof.suites.val24;

import java.util.List;

/**
 * Anomalies of the peer's receipt list, reported but not losses: ids received that no round seeded, and ids
 * received more than once (a retried segment the peer already had).
 *
 * @param total receipt entries in {@code peer-received.json}
 */
record Receipts(long total, long unknown, List<String> unknownExamples, long duplicates, List<String> duplicateExamples) {

    Receipts {
        unknownExamples = List.copyOf(unknownExamples);
        duplicateExamples = List.copyOf(duplicateExamples);
    }
}

package dev.junitproof.suites.val24;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One round whose files could all be read: its own figures, and the raw data they are checked against.
 *
 * @param seededIds      lines of {@code rNNNNNN-seeded.txt}, blank lines dropped
 * @param deadletterIds  ids of the relay deadletter list at round end (the relay's whole list, not only this round's)
 * @param beforeIds      recovery rounds: ids of the deadletter list before the retry sweep; else {@code null}
 * @param sweep          recovery rounds: the retry sweep; else {@code null}
 * @param logBytes       size of the edged log, -1 when there is none
 * @param listProblems   entries its lists hold twice (a deadletter list, the sweep's retried or recovered ids): a set
 *                       of ids written with a repeat is not the relay's state, and its counts cannot be trusted
 */
record RoundData(RoundFiles files, RoundMetrics metrics, Instant startedAt, RoundKind kind, List<String> seededIds,
        Set<String> deadletterIds, Set<String> beforeIds, RetrySweep sweep, long logBytes, List<String> listProblems) {

    RoundData {
        listProblems = List.copyOf(listProblems);
    }
}

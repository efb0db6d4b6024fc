package dev.junitproof.suites.val24;

import java.util.List;

/** {@code rNNNNNN-deadletter.json} and {@code -deadletter-before.json}: the relay's deadletter list at that moment. */
public record DeadletterList(List<Entry> entries) {

    public DeadletterList {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One deadlettered segment: its id, how often the relay tried it, and why the last attempt failed. */
    public record Entry(String id, int attempts, String lastError) {
    }
}

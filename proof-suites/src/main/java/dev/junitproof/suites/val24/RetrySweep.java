package dev.junitproof.suites.val24;

import java.util.List;

/**
 * {@code rNNNNNN-retry.json}: a recovery round's sweep over the deadletter list. {@code recovered} is the lab's
 * claim; an id counts as recovered only if the peer's receipt list holds it.
 */
public record RetrySweep(List<String> retried, List<String> recovered) {

    public RetrySweep {
        retried = retried == null ? List.of() : List.copyOf(retried);
        recovered = recovered == null ? List.of() : List.copyOf(recovered);
    }
}

package dev.junitproof.suites.val27;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The slice-specific part of {@code val22-summary.json}: deadletter retry groups R and U, BoltDB retention.
 * Names are spelled out: the snake_case strategy would read {@code groupRRetryRate} as {@code group_rretry_rate}.
 */
public record Val22Report(
        @JsonProperty("group_r_entries") int groupREntries,
        @JsonProperty("group_r_delivered") int groupRDelivered,
        @JsonProperty("group_r_retry_rate") double groupRRetryRate,
        @JsonProperty("group_u_entries") int groupUEntries,
        @JsonProperty("group_u_redeadlettered") int groupURedeadlettered,
        Retention retention,
        @JsonProperty("aggregate_retry_rate") double aggregateRetryRate) {

    /** Deadletter entries before SIGTERM and after the restart. */
    public record Retention(int entriesBefore, int entriesAfterRestart) {
    }
}

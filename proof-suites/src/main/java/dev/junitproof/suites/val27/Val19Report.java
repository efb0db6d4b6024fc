package dev.junitproof.suites.val27;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The slice-specific part of {@code val19-report.json} (relay impairment through a TCP impairment proxy).
 * Field names follow the evidence contract; the envelope (val, checks) is read by the shared slice reader.
 */
public record Val19Report(Scenarios scenarios, Config config) {

    /** Names with digits are spelled out: the snake_case strategy does not put an underscore before a digit. */
    public record Scenarios(Outage outage,
            @JsonProperty("bandwidth_1mbps") Bandwidth bandwidth1mbps,
            @JsonProperty("bandwidth_10mbps") Bandwidth bandwidth10mbps,
            @JsonProperty("latency_200ms") Latency latency200ms,
            @JsonProperty("latency_500ms") Latency latency500ms,
            Cutoff cutoff) {
    }

    /** TCP refused: every seeded segment must end in the deadletter list. */
    public record Outage(int seeded, int deadletter, double elapsedMs) {
    }

    /** A throttled path; the proxy's byte count is an informational (beta) throughput figure. */
    public record Bandwidth(int seeded, int delivered, double elapsedMs, long proxyBytes) {
    }

    public record Latency(int seeded, int delivered, double elapsedMs) {
    }

    /** TCP RST mid-stream: the relay must retry and deliver on the clean proxy. */
    public record Cutoff(int seeded, int delivered, boolean retryTriggered) {
    }

    public record Config(int maxRetry, double dialTimeoutS, double ackTimeoutS) {
    }
}

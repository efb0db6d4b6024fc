package dev.junitproof.suites.val27;

import java.util.List;

/**
 * The VAL24 report document ({@code reports/final.json} and checkpoints) as VAL27 reads it: whether the soak is
 * complete, Gate D, and the figures of the soak summary. {@code missing} (beyond the contract, written by the VAL24
 * suite) says the soak could not be accounted at all; null otherwise.
 */
public record Val24Report(String mode, String generatedAt, Double elapsedDays, boolean soakComplete,
        long totalRounds, long totalSeeded, long totalDelivered, long totalDeadletter, long lossCount,
        double cleanDeliveryRate, long totalRetried, long totalRecovered, Double retryRecoveryRate, GateD gateD,
        List<Check> checks, String missing) {

    public Val24Report {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public record GateD(boolean roundsOk, boolean deliveryOk, boolean retryOk, boolean lossOk, boolean overall) {
    }

    /** One VAL24 check as the soak report recorded it (VAL24-01..10). */
    public record Check(String id, String status, String detail) {
    }

    public long passedChecks() {
        return checks.stream().filter(c -> "PASS".equals(c.status())).count();
    }
}

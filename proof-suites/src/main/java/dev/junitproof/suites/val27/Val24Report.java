package dev.junitproof.suites.val27;

import java.util.List;

/**
 * The VAL24 report document as VAL27 reads it: a document found in the soak's {@code reports/} (final.json and
 * checkpoints, a claim) and VAL24's own report of its judgment bind to it alike, so the two compare field by field.
 * Fields the contract makes optional are boxed and null when absent.
 */
public record Val24Report(String mode, String generatedAt, String soakDir, Double elapsedDays, boolean soakComplete,
        long totalRounds, long totalSeeded, long totalDelivered, long totalDeadletter, long lossCount,
        Long cleanRounds, double cleanDeliveryRate, Long outageRounds, Long recoveryRounds, long totalRetried,
        long totalRecovered, Double retryRecoveryRate, GateD gateD, List<Check> checks, String missing) {

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

package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckStatus;

import java.util.List;

/**
 * The VAL24 report document as VAL27 reads it: a document found in the soak's {@code reports/} (final.json and
 * checkpoints, a claim) and VAL24's own report of its judgment bind to it alike, so the two compare field by field.
 * {@code retry_recovery_rate} is null before anything was retried; {@code verdict} is VAL24's field beyond the
 * contract (null in a document that lacks it).
 */
public record Val24Report(String mode, String generatedAt, String soakDir, double elapsedDays, boolean soakComplete,
        long totalRounds, long totalSeeded, long totalDelivered, long totalDeadletter, long lossCount, double lossRate,
        long cleanRounds, double cleanDeliveryRate, long outageRounds, long recoveryRounds, long totalRetried,
        long totalRecovered, Double retryRecoveryRate, GateD gateD, List<Check> checks, String verdict) {

    public Val24Report {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public record GateD(boolean roundsOk, boolean deliveryOk, boolean retryOk, boolean lossOk, boolean overall) {
    }

    /**
     * One VAL24 check as a report lists it. A document lists the matrix VAL24-01..10; VAL24's proof report lists
     * every check, the matrix ones marked {@code matrix: true}.
     */
    public record Check(String id, CheckStatus status, String detail, Boolean matrix) {
    }

    /** The matrix checks: all of a document's, the marked ones of VAL24's proof report. */
    public List<Check> matrixChecks() {
        return checks.stream().filter(c -> c.matrix() == null || c.matrix()).toList();
    }
}

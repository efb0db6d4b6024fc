package dev.junitproof.api.result;

import dev.junitproof.api.suite.ApprovalKind;
import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One entry of {@code approvals.json}: a person's decision that a readiness criterion the lab evidence cannot show
 * was met outside it (attested) or is waived (an exception, only where the seed allows one).
 *
 * @param criterion e.g. {@code RELAY_GA-4}
 * @param expires   required for an exception, optional for an attestation
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Approval(String suite, String criterion, ApprovalKind kind, String reason, String approvedBy,
        LocalDate approvedAt, Optional<LocalDate> expires, String reference) {

    public Approval {
        expires = expires == null ? Optional.empty() : expires;
    }

    /** Whether it counts on {@code day} (the report's generated day): on or after approval, on or before expiry. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(approvedAt) && expires.map(e -> !day.isAfter(e)).orElse(true);
    }

    /** Why it does not count on {@code day}, or empty when it does. */
    public Optional<String> notValidOn(LocalDate day) {
        if (day.isBefore(approvedAt)) {
            return Optional.of("not valid before " + approvedAt);
        }
        return expires.filter(day::isAfter).map(e -> "expired on " + e);
    }
}

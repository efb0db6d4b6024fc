package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** A readiness criterion met by an approval: which one, and the approval that carried it. */
@API(status = EXPERIMENTAL, since = "0.1")
public record ApprovedCriterion(String criterion, String description, Approval approval) {

    /** {@code GA-3 exception by relay-lead until 2026-06-30 (https://tracker.example/REL-88)}. */
    public String summary() {
        return criterion + " " + approval.kind().fileName() + " by " + approval.approvedBy()
                + approval.expires().map(e -> " until " + e).orElse("") + " (" + approval.reference() + ")";
    }
}

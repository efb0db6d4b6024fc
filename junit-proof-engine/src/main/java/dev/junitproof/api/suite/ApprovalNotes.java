package dev.junitproof.api.suite;

import dev.junitproof.api.result.Approval;
import dev.junitproof.api.result.ReadinessResult;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a readiness line says about an approval of its criterion: which approval met it ({@code (attested by
 * db-lead, REL-88)}, {@code (approved exception by relay-lead until 2026-06-30, REL-88)}), or why a recorded one
 * did not count ({@code (approval by db-lead expired on 2026-06-30)}). Empty for a criterion no one approved.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ApprovalNotes {

    private ApprovalNotes() {
    }

    public static String of(ReadinessResult result, Criterion criterion) {
        if (criterion.id().isEmpty()) {
            return "";
        }
        for (var approved : result.approved()) {
            if (approved.criterion().equals(criterion.id())) {
                Approval a = approved.approval();
                return " (" + (a.kind() == ApprovalKind.EXCEPTION ? "approved exception" : "attested") + " by "
                        + a.approvedBy() + a.expires().map(e -> " until " + e).orElse("") + ", " + a.reference() + ")";
            }
        }
        for (var standing : result.notCounted()) {
            if (standing.approval().criterion().equals(criterion.id())) {
                return " (approval by " + standing.approval().approvedBy() + " " + standing.why() + ")";
            }
        }
        return "";
    }
}

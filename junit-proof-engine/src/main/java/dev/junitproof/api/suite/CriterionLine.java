package dev.junitproof.api.suite;

import dev.junitproof.api.result.Approval;
import dev.junitproof.api.result.ReadinessResult;
import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How a report prints one criterion of a readiness level: {@code ✓} or {@code ✗} as the recorded level lists it
 * unmet (never judged again here), its description, and what an approval of it says.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CriterionLine {

    private CriterionLine() {
    }

    /** {@code ✓ External audit (attested by ciso, https://t/A-1)}; {@code ✗ …} when not recorded as met. */
    public static String of(Criterion criterion, Optional<ReadinessResult> recorded) {
        return (met(criterion, recorded) ? "✓ " : "✗ ") + criterion.description()
                + recorded.map(r -> approvalNote(r, criterion)).orElse("");
    }

    /** Whether the recorded level holds the criterion met; a level that was not evaluated meets nothing. */
    public static boolean met(Criterion criterion, Optional<ReadinessResult> recorded) {
        return recorded.isPresent() && !recorded.get().unmet().contains(criterion.description());
    }

    /**
     * Which approval met the criterion ({@code (attested by db-lead, REL-88)}, {@code (approved exception by
     * relay-lead until 2026-06-30, REL-88)}), or why a recorded one did not count ({@code (approval by db-lead expired
     * on 2026-06-30)}). Empty for a criterion no one approved.
     */
    public static String approvalNote(ReadinessResult result, Criterion criterion) {
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

package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An approval and whether it counts for this report: it counts when the file is valid and the report's generated
 * day is within its dates; otherwise {@code why} says why not ({@code expired on 2026-06-30}, {@code not valid
 * before 2026-04-01}, {@code approvals.json is invalid}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ApprovalStanding(Approval approval, boolean counted, String why) {

    /** {@code GA-3 exception by relay-lead: expired on 2026-06-30}. */
    public String summary() {
        return approval.criterion() + " " + approval.kind().fileName() + " by " + approval.approvedBy() + ": " + why;
    }
}

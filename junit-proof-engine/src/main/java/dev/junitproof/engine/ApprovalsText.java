package dev.junitproof.engine;

import dev.junitproof.api.result.Approval;
import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.result.CheckStatus;

/**
 * The text report's approvals section, after the suite's own report and apart from its checks: the file's check
 * and its outcome, then every approval of this suite with its kind, approver, dates, reference and whether it
 * counts for this report.
 */
final class ApprovalsText {

    private ApprovalsText() {
    }

    static String section(String suiteId, Approvals approvals, CheckStatus fileCheck) {
        StringBuilder text = new StringBuilder("\nApprovals (" + ApprovalsFile.FILE + ", apart from the checks):\n");
        text.append("  ").append(ApprovalsCheck.id(suiteId)).append(' ').append(fileCheck.name()).append('\n');
        if (approvals.all().isEmpty()) {
            text.append("  (no approval for ").append(suiteId).append(")\n");
        }
        for (ApprovalStanding standing : approvals.all()) {
            Approval a = standing.approval();
            text.append("  ").append(a.criterion()).append(' ').append(a.kind().fileName()).append(" by ")
                    .append(a.approvedBy()).append(", approved ").append(a.approvedAt())
                    .append(a.expires().map(e -> ", expires " + e).orElse("")).append(" — ")
                    .append(standing.counted() ? "counts" : "does not count: " + standing.why()).append('\n');
            text.append("      ").append(a.reason()).append(" (").append(a.reference()).append(")\n");
        }
        return text.toString();
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <SUITE>-APPROVALS}, a check of the engine's own that exists only when the evidence unit holds
 * {@code approvals.json}: it passes when the file is valid (whether or not each approval counts on the report's
 * day) and fails naming each entry that makes it invalid. Approvals are listed apart from the suite's checks.
 */
final class ApprovalsCheck {

    static final String GROUP = "approvals";

    private ApprovalsCheck() {
    }

    static String id(String suiteId) {
        return suiteId + "-APPROVALS";
    }

    /** The suite's plan, with the approvals group after it when the unit holds the file. */
    static List<PlanNode> plan(String suiteId, List<PlanNode> suitePlan, ApprovalsFile.Read read, Approvals mine) {
        if (!read.present()) {
            return suitePlan;
        }
        List<PlanNode> plan = new ArrayList<>(suitePlan);
        SourceRef source = SourceRef.file(ApprovalsFile.FILE);
        CheckSpec check = new CheckSpec(id(suiteId), ApprovalsFile.FILE + ": every entry valid", source, context -> {
            context.source(source).target("every entry a known criterion of its suite that may be approved so, once, "
                    + "with real dates")
                    .measured(read.approvals().size() + " entries, " + mine.all().stream().filter(ApprovalStanding::counted).count()
                            + " of " + suiteId + "'s counting")
                    .detail(mine.all().stream().map(ApprovalsCheck::line).collect(Collectors.joining("; ")));
            if (!read.valid()) {
                throw new AssertionError(ApprovalsFile.FILE + " is invalid, so no approval in it counts: "
                        + String.join("; ", read.problems()));
            }
        }).withCriterion("approvals.json valid: every entry names a known suite and one of its criteria the lab evidence "
                + "cannot show, a kind that criterion allows, at most once, with approved_at (and expires) real dates");
        plan.add(CheckGroup.of(GROUP, "Approvals (" + ApprovalsFile.FILE + ")", source, List.of(check)));
        return plan;
    }

    /** {@code GA-1 attested by db-lead (counts)}. */
    static String line(ApprovalStanding standing) {
        return standing.approval().criterion() + " " + standing.approval().kind().fileName() + " by "
                + standing.approval().approvedBy() + " (" + standing.why() + ")";
    }
}

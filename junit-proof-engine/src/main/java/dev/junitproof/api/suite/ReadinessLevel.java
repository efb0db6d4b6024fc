package dev.junitproof.api.suite;

import dev.junitproof.api.result.Approval;
import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.result.ApprovedCriterion;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A readiness level, e.g. {@code DESIGN_PARTNER}. Shown as one test: met passes, unmet fails, unreachable with
 * this evidence is aborted with the unmet criteria as its reason.
 *
 * @param key      stable key for unique ids and the report's {@code readiness[].level}
 * @param title    display name, e.g. {@code Design Partner Ready}
 * @param criteria in the seed's order
 */
@API(status = STABLE, since = "0.1")
public record ReadinessLevel(String key, String title, List<Criterion> criteria) {

    public ReadinessLevel {
        criteria = List.copyOf(criteria);
    }

    /** Pure: the same outcomes always give the same result. Nothing approved. */
    public ReadinessResult evaluate(Outcomes outcomes) {
        return evaluate(outcomes, Approvals.NONE);
    }

    /**
     * Pure: the same outcomes and approvals always give the same result. A criterion judged from evidence is met
     * only by its checks, whatever is approved; a criterion the evidence cannot show is met only by a counting
     * approval of a kind it allows, else it leaves the level unreachable.
     */
    public ReadinessResult evaluate(Outcomes outcomes, Approvals approvals) {
        List<String> unmet = new ArrayList<>();
        List<ApprovedCriterion> approved = new ArrayList<>();
        List<ApprovalStanding> notCounted = new ArrayList<>();
        boolean reachable = true;
        for (Criterion criterion : criteria) {
            Optional<Boolean> met = criterion.evaluate(outcomes);
            if (met.isEmpty()) {
                Optional<Approval> approval = criterion.id().isEmpty() ? Optional.empty()
                        : approvals.counting(criterion.id()).filter(a -> criterion.approvable().contains(a.kind()));
                if (approval.isPresent()) {
                    approved.add(new ApprovedCriterion(criterion.id(), criterion.description(), approval.get()));
                    continue;
                }
                if (!criterion.id().isEmpty()) {
                    approvals.notCounting(criterion.id()).ifPresent(notCounted::add);
                }
                reachable = false;
                unmet.add(criterion.description());
            } else if (!met.get()) {
                unmet.add(criterion.description());
            }
        }
        ReadinessStatus status = !reachable ? ReadinessStatus.NOT_YET
                : unmet.isEmpty() ? ReadinessStatus.READY : ReadinessStatus.NOT_READY;
        return new ReadinessResult(key, status, unmet, approved, notCounted);
    }
}

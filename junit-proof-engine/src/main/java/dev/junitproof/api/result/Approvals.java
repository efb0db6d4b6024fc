package dev.junitproof.api.result;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The approvals recorded for one suite run ({@code approvals.json} in its evidence unit), as a readiness level
 * asks them: which approval meets a criterion, and which were recorded but do not count.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Approvals {

    /** No {@code approvals.json}: nothing is approved. */
    Approvals NONE = List::of;

    /** This suite's approvals, each with its standing, in the file's order. */
    List<ApprovalStanding> all();

    /** The approval for {@code criterion} that counts, if there is one. */
    default Optional<Approval> counting(String criterion) {
        return all().stream().filter(s -> s.counted() && s.approval().criterion().equals(criterion))
                .map(ApprovalStanding::approval).findFirst();
    }

    /** The approval recorded for {@code criterion} that does not count, if there is one (expired, not yet valid). */
    default Optional<ApprovalStanding> notCounting(String criterion) {
        return all().stream().filter(s -> !s.counted() && s.approval().criterion().equals(criterion)).findFirst();
    }
}

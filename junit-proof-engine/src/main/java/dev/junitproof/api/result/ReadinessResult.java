package dev.junitproof.api.result;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A readiness level evaluated against check outcomes and recorded approvals.
 *
 * @param unmet      the criteria not met, in the level's order (their descriptions)
 * @param approved   the criteria met by a counting approval, in the level's order
 * @param notCounted approvals recorded for unmet criteria that do not count (expired, not yet valid, invalid file)
 */
@API(status = STABLE, since = "0.1")
public record ReadinessResult(String level, ReadinessStatus status, List<String> unmet, List<ApprovedCriterion> approved,
        List<ApprovalStanding> notCounted) {

    public ReadinessResult {
        unmet = List.copyOf(unmet);
        approved = approved == null ? List.of() : List.copyOf(approved);
        notCounted = notCounted == null ? List.of() : List.copyOf(notCounted);
    }

    /** A level evaluated without approvals. */
    public ReadinessResult(String level, ReadinessStatus status, List<String> unmet) {
        this(level, status, unmet, List.of(), List.of());
    }

    /** How many of its criteria were met by an approved exception (the verdict counts them apart). */
    public long exceptions() {
        return approved.stream().filter(a -> a.approval().kind() == dev.junitproof.api.suite.ApprovalKind.EXCEPTION).count();
    }

    public boolean ready() {
        return status == ReadinessStatus.READY;
    }
}

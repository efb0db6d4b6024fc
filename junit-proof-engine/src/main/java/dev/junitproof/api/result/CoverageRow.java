package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One row of a report's coverage table and of its JSON {@code coverage} list. The row's status is never the
 * suite's own: it is the outcome of the check the row stands for, so the table cannot contradict the checks.
 *
 * @param slice   what the row covers, e.g. {@code VAL07}
 * @param name    its name, e.g. {@code Fleet Rollout Latency Baseline}
 * @param checkId the check whose outcome is the row's status, e.g. {@code VAL25-01}
 * @param passed  figures the row prints: checks passed ...
 * @param total   ... of how many
 * @param detail  why the row is not a plain pass (MISSING detail, failing ids), or empty
 */
@API(status = STABLE, since = "0.1")
public record CoverageRow(String slice, String name, String checkId, int passed, int total, String detail) {

    public CoverageRow {
        if (checkId == null || checkId.isBlank()) {
            throw new IllegalArgumentException("a coverage row needs the check whose status it shows");
        }
        detail = detail == null ? "" : detail;
    }

    /** The row's status: its check's outcome. */
    public CheckStatus status(Outcomes outcomes) {
        return outcomes.status(checkId);
    }
}

package dev.junitproof.api.result;

/**
 * One row of a report's coverage table and of its JSON {@code coverage} list.
 *
 * @param status {@code PASS}, {@code FAIL} or {@code MISSING}
 */
public record CoverageRow(String slice, String name, String status, int passed, int total, String detail) {

    public CoverageRow {
        detail = detail == null ? "" : detail;
    }
}

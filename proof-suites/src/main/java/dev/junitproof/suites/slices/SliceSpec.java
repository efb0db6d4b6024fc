package dev.junitproof.suites.slices;

/**
 * A validation slice a proof suite consolidates (e.g. VAL07).
 *
 * @param val            {@code VAL07}
 * @param name           the seed's slice name, e.g. {@code Fleet Rollout Latency Baseline}
 * @param file           the report file relative to the evidence unit, e.g. {@code val07-report.json}
 * @param schemaResource the class-path JSON Schema of the slice-specific fields
 * @param expectedChecks how many checks a complete run of the slice records (VAL07: 9, others: 10)
 */
public record SliceSpec(String val, String name, String file, String schemaResource, int expectedChecks) {

    /** {@code VAL07-01} … for this slice. */
    public String checkId(int n) {
        return String.format("%s-%02d", val, n);
    }
}

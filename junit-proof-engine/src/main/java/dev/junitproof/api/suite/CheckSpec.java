package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One check: a test in the tree, displayed as {@code <id> <title>} like the seed's matrix row
 * ({@code VAL25-06 Latency: plan_create p99 <= 500ms}).
 *
 * @param id        unique within the suite run, e.g. {@code VAL25-06} or {@code VAL07-03}
 * @param title     the matrix row's description
 * @param source    the evidence the check reads (opened by the IDE), or {@code null}
 * @param body      the check itself
 * @param criterion the seed's pass criterion in words (e.g. {@code VAL25-01..09 all PASS and evidence
 *                  timestamps fall within one 6-hour window}); empty when the title says it all
 */
@API(status = STABLE, since = "0.1")
public record CheckSpec(String id, String title, SourceRef source, CheckBody body, String criterion)
        implements PlanNode {

    public CheckSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a check needs an id");
        }
        title = title == null ? "" : title;
        criterion = criterion == null ? "" : criterion;
    }

    public CheckSpec(String id, String title, SourceRef source, CheckBody body) {
        this(id, title, source, body, "");
    }

    /** The same check with its pass criterion spelled out (shown in the JSON report and in Allure). */
    public CheckSpec withCriterion(String passCriterion) {
        return new CheckSpec(id, title, source, body, passCriterion);
    }

    public String displayName() {
        return title.isEmpty() ? id : id + " " + title;
    }
}

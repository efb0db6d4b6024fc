package dev.junitproof.api;

/**
 * One check: a test in the tree, displayed as {@code <id> <title>} like the seed's matrix row
 * ({@code VAL25-06 Latency: plan_create p99 <= 500ms}).
 *
 * @param id     unique within the suite run, e.g. {@code VAL25-06} or {@code VAL07-03}
 * @param title  the matrix row's description
 * @param source the evidence the check reads (opened by the IDE), or {@code null}
 * @param body   the check itself
 */
public record CheckSpec(String id, String title, SourceRef source, CheckBody body) implements PlanNode {

    public CheckSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a check needs an id");
        }
        title = title == null ? "" : title;
    }

    public String displayName() {
        return title.isEmpty() ? id : id + " " + title;
    }
}

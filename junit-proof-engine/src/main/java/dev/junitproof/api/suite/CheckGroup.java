package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A container of checks: a slice with its own checks, a section, or the suite's check matrix.
 *
 * @param key         unique within the suite run, used in unique ids (e.g. {@code VAL07}, {@code matrix})
 * @param displayName shown in the tree, e.g. {@code VAL07 Fleet Rollout Latency Baseline}
 * @param matrix      whether its checks are the suite's check matrix (the report's {@code checks} list)
 * @param source      the evidence the group stands for (opened by the IDE), or {@code null}
 */
@API(status = STABLE, since = "0.1")
public record CheckGroup(String key, String displayName, boolean matrix, SourceRef source, List<PlanNode> children)
        implements PlanNode {

    public CheckGroup {
        children = List.copyOf(children);
    }

    public static CheckGroup matrix(String key, String displayName, List<? extends PlanNode> children) {
        return new CheckGroup(key, displayName, true, null, List.copyOf(children));
    }

    public static CheckGroup of(String key, String displayName, SourceRef source, List<? extends PlanNode> children) {
        return new CheckGroup(key, displayName, false, source, List.copyOf(children));
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.api.CheckGroup;
import dev.junitproof.api.CheckSpec;
import dev.junitproof.api.PlanNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Check ids must be unique in a suite run, but the slice checks carry ids the labs wrote: a VAL19 report that
 * (wrongly) records {@code VAL20-01} or {@code VAL27-01} must not collide with another slice's check or the
 * matrix and so break the whole run. Such a check keeps its place and name and gets a suffixed id; the slice is
 * already FAIL for its unexpected id.
 */
final class UniqueCheckIds {

    private UniqueCheckIds() {
    }

    /** The plan with every later duplicate renamed; {@code reserved} ids (the suite's own) are never renamed. */
    static List<PlanNode> apply(List<PlanNode> plan, Set<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        return rename(plan, used, reserved);
    }

    private static List<PlanNode> rename(List<PlanNode> nodes, Set<String> used, Set<String> reserved) {
        List<PlanNode> out = new ArrayList<>();
        for (PlanNode node : nodes) {
            if (node instanceof CheckGroup g) {
                out.add(new CheckGroup(g.key(), g.displayName(), g.matrix(), g.source(), rename(g.children(), used, reserved)));
            } else if (node instanceof CheckSpec c) {
                if (reserved.contains(c.id())) {
                    out.add(c);
                    continue;
                }
                String id = c.id();
                for (int n = 2; !used.add(id); n++) {
                    id = c.id() + "#dup" + n;
                }
                out.add(id.equals(c.id()) ? c : new CheckSpec(id, c.title(), c.source(), c.body()));
            }
        }
        return out;
    }
}

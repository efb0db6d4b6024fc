package dev.junitproof.suites.val27;

import dev.junitproof.api.CheckSpec;
import dev.junitproof.api.PlanNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Check ids must be unique in a suite run, but the slice checks carry ids the labs wrote: a VAL19 report that
 * (wrongly) records {@code VAL20-01}, {@code VAL20-report} or {@code VAL27-01} must not collide with another
 * slice's check or the suite's own and so break the whole run. Such a check keeps its place and name and gets a
 * suffixed id ({@code VAL27-01#dup2}); the slice is already FAIL for its unexpected id.
 */
final class UniqueCheckIds {

    private final Set<String> used;

    /** @param reserved the suite's own check ids, never given to a lab-recorded check */
    UniqueCheckIds(Set<String> reserved) {
        this.used = new HashSet<>(reserved);
    }

    /** The lab-recorded checks of one slice, renamed where an id is already taken. */
    List<PlanNode> labChecks(List<PlanNode> checks) {
        List<PlanNode> out = new ArrayList<>();
        for (PlanNode node : checks) {
            if (!(node instanceof CheckSpec c)) {
                out.add(node);
                continue;
            }
            String id = c.id();
            for (int n = 2; !used.add(id); n++) {
                id = c.id() + "#dup" + n;
            }
            out.add(id.equals(c.id()) ? c : new CheckSpec(id, c.title(), c.source(), c.body(), c.criterion()));
        }
        return out;
    }
}

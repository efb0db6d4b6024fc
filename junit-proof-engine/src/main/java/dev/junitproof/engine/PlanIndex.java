package dev.junitproof.engine;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A suite run's checks in plan order, each with the group that holds it: what the reports list (every check, not
 * only the matrix) and what a renderer looks a check's title up in. Built once per run.
 */
final class PlanIndex {

    /** One check and where it sits: its group's key and name (empty at the top level), and whether that is the matrix. */
    record Entry(CheckSpec spec, String groupKey, String groupName, boolean matrix) {
        String id() {
            return spec.id();
        }
    }

    private final Map<String, Entry> entries;

    PlanIndex(List<PlanNode> plan) {
        Map<String, Entry> collected = new LinkedHashMap<>();
        collect(plan, null, collected);
        this.entries = Collections.unmodifiableMap(collected);
    }

    private static void collect(List<PlanNode> nodes, CheckGroup group, Map<String, Entry> into) {
        for (PlanNode node : nodes) {
            if (node instanceof CheckSpec spec) {
                Entry entry = new Entry(spec, group == null ? "" : group.key(), group == null ? "" : group.displayName(),
                        group != null && group.matrix());
                if (into.putIfAbsent(spec.id(), entry) != null) {
                    throw new IllegalStateException("check id " + spec.id() + " appears twice in the plan");
                }
            } else if (node instanceof CheckGroup nested) {
                collect(nested.children(), nested, into);
            }
        }
    }

    /** Every check in plan order. */
    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    /** The matrix checks' ids, in plan order: the report's check matrix. */
    List<String> matrixIds() {
        List<String> ids = new ArrayList<>();
        entries.values().stream().filter(Entry::matrix).forEach(e -> ids.add(e.id()));
        return ids;
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Title by id, for renderers that list checks by id. */
    Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        entries.forEach((id, e) -> titles.put(id, e.spec().title()));
        return titles;
    }
}

package dev.junitproof.suites.val25;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** VAL08 slice-specific fields. */
record Val08Report(List<Tier> tiers) {

    /** The contract's concurrency tiers, in the order the report prints them. */
    static final List<Integer> TIER_NS = List.of(1, 10, 50, 100);

    Val08Report {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    Optional<Tier> tier(int n) {
        return tiers.stream().filter(t -> t.n() == n).findFirst();
    }

    /** Where tiers with this n sit in {@code /tiers}. */
    List<Integer> indexesOf(int n) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).n() == n) {
                at.add(i);
            }
        }
        return at;
    }

    /** Errors over every tier: the contract has VAL25 recompute zero errors from the tiers. */
    int totalErrors() {
        return tiers.stream().mapToInt(Tier::errors).sum();
    }

    /** Empty when the tiers are exactly n = 1, 10, 50, 100, each once; otherwise what is wrong with them. */
    String tierProblem() {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        tiers.forEach(t -> counts.merge(t.n(), 1, Integer::sum));
        List<String> problems = new ArrayList<>();
        TreeSet<Integer> missing = new TreeSet<>(TIER_NS);
        missing.removeAll(counts.keySet());
        if (!missing.isEmpty()) {
            problems.add("no tier n=" + String.join(", n=", missing.stream().map(String::valueOf).toList()));
        }
        counts.forEach((n, count) -> {
            if (!TIER_NS.contains(n)) {
                problems.add("tier n=" + n + " is none of the contract's");
            } else if (count > 1) {
                problems.add("tier n=" + n + " recorded " + count + " times");
            }
        });
        return String.join("; ", problems);
    }
}

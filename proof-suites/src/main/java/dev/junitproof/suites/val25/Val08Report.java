package dev.junitproof.suites.val25;

import java.util.List;
import java.util.Optional;

/** VAL08 slice-specific fields. */
record Val08Report(List<Tier> tiers) {

    Optional<Tier> tier(int n) {
        return tiers.stream().filter(t -> t.n() == n).findFirst();
    }

    /** Errors over every tier: the contract has VAL25 recompute zero errors from the tiers. */
    int totalErrors() {
        return tiers.stream().mapToInt(Tier::errors).sum();
    }
}

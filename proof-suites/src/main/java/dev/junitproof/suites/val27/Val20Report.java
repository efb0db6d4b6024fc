package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/** The slice-specific part of {@code val20-baseline.json}: the five throughput tiers T1..T5. */
public record Val20Report(List<Tier> tiers) {

    public Val20Report {
        tiers = List.copyOf(tiers);
    }

    /**
     * One load tier. {@code segsPerSec}, {@code bytesPerSec} and {@code constrainedBps} are informational
     * (beta) figures: VAL20 sets no throughput floor, only zero loss.
     */
    public record Tier(String tier, String name, int segments, long segmentBytes, int delivered, int lost,
            boolean zeroLoss, double elapsedMs, double segsPerSec, double bytesPerSec, JsonNode proxy,
            Double constrainedBps) {
    }

    /** Every tier carrying this label, in file order (a duplicated tier is an evidence problem, not a choice). */
    public List<Tier> tiers(String label) {
        return tiers.stream().filter(t -> t.tier().equals(label)).toList();
    }

    public Optional<Tier> tier(String label) {
        List<Tier> found = tiers(label);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}

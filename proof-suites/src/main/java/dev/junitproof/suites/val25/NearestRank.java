package dev.junitproof.suites.val25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The nearest-rank percentile, as the VAL07 runner computes it in Python: the value at rank ⌈p/100 × N⌉ of the
 * sorted samples. Recomputing it lets VAL25 catch a reported percentile its own samples do not support.
 */
final class NearestRank {

    /** Reported figures carry one decimal; anything further apart than rounding is a disagreement. */
    static final double ROUNDING = 0.05 + 1e-9;

    private NearestRank() {
    }

    static OptionalDouble percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return OptionalDouble.of(sorted.get(Math.max(rank, 1) - 1));
    }

    static boolean agrees(double reported, double recomputed) {
        return Math.abs(reported - recomputed) <= ROUNDING;
    }
}

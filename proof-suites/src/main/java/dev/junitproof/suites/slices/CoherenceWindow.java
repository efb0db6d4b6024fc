package dev.junitproof.suites.slices;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a set of evidence times falls within one window (max − min ≤ width). A window over fewer than two
 * times is trivially coherent; whether the evidence is complete is the slices' business, not the window's.
 */
public record CoherenceWindow(Duration width) {

    public boolean holds(List<Instant> times) {
        return spread(times).compareTo(width) <= 0;
    }

    public Duration spread(List<Instant> times) {
        if (times.size() < 2) {
            return Duration.ZERO;
        }
        Instant min = times.stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant max = times.stream().max(Comparator.naturalOrder()).orElseThrow();
        return Duration.between(min, max);
    }
}

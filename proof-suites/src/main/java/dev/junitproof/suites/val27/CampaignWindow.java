package dev.junitproof.suites.val27;

import dev.junitproof.suites.slices.CoherenceWindow;
import dev.junitproof.suites.text.Numbers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seed's campaign rule: the modification times of the five core report files (VAL19–VAL23) fall within one
 * 7-day window (max − min ≤ 7 days; 7 days passes, 7 days + 1 s fails). VAL24 is outside it by design: a soak runs
 * for 30 days. A window over fewer than five files is not proven: a missing report cannot show when it was made.
 */
public record CampaignWindow(List<CoreSlice> slices) {

    public static final Duration WIDTH = RelayTargets.CAMPAIGN_WINDOW;

    public CampaignWindow {
        slices = List.copyOf(slices);
    }

    /** The slices whose report file has no modification time (absent, unreadable, or behind a link that leaves the root). */
    public List<CoreSlice> withoutTime() {
        return slices.stream().filter(s -> s.reportModified().isEmpty()).toList();
    }

    public boolean complete() {
        return withoutTime().isEmpty();
    }

    public List<Instant> times() {
        return slices.stream().flatMap(s -> s.reportModified().stream()).toList();
    }

    public Duration spread() {
        return new CoherenceWindow(WIDTH).spread(times());
    }

    /** Proven only when all five times exist and their spread is at most seven days. */
    public boolean holds() {
        return complete() && new CoherenceWindow(WIDTH).holds(times());
    }

    /** The oldest and newest report, for the detail line. */
    public Optional<CoreSlice> oldest() {
        return slices.stream().filter(s -> s.reportModified().isPresent())
                .min(java.util.Comparator.comparing(s -> s.reportModified().get()));
    }

    public Optional<CoreSlice> newest() {
        return slices.stream().filter(s -> s.reportModified().isPresent())
                .max(java.util.Comparator.comparing(s -> s.reportModified().get()));
    }

    /** {@code 2d 03:00:00}: the spread as the report prints it. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        return Numbers.f("%dd %02d:%02d:%02d", s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60, s % 60);
    }
}

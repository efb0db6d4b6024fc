package dev.junitproof.suites.val24;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One soak day (rounds {@code (day-1)·48+1 … day·48} at the seed's interval): its complete rounds' figures, the
 * rounds that could not be read, and the round still being written if it falls on this day.
 */
record DayAccounting(int day, LocalDate date, List<RoundAccounting> rounds, List<UnreadableRound> unreadable,
        Optional<UnreadableRound> inProgress) {

    DayAccounting {
        rounds = List.copyOf(rounds);
        unreadable = List.copyOf(unreadable);
    }

    long seeded() {
        return rounds.stream().mapToLong(RoundAccounting::seeded).sum();
    }

    long delivered() {
        return rounds.stream().mapToLong(RoundAccounting::delivered).sum();
    }

    long deadletter() {
        return rounds.stream().mapToLong(RoundAccounting::deadletter).sum();
    }

    long lost() {
        return rounds.stream().mapToLong(RoundAccounting::loss).sum();
    }

    long rounds(RoundKind kind) {
        return rounds.stream().filter(r -> r.kind() == kind).count();
    }

    long retried() {
        return rounds.stream().mapToLong(RoundAccounting::retried).sum();
    }

    long recovered() {
        return rounds.stream().mapToLong(RoundAccounting::recovered).sum();
    }

    long edgedLogBytes() {
        return rounds.stream().mapToLong(r -> Math.max(0, r.logBytes())).sum();
    }

    List<RoundAccounting> inconsistentRounds() {
        return rounds.stream().filter(r -> !r.consistent()).toList();
    }

    List<RoundAccounting> lossRounds() {
        return rounds.stream().filter(r -> r.loss() > 0).toList();
    }

    /** Whether the day's accounting holds: nothing lost, every round consistent and readable. */
    boolean clean() {
        return unreadable.isEmpty() && inconsistentRounds().isEmpty() && lossRounds().isEmpty();
    }

    /** {@code day 12: 48 rounds, 480 seeded, 0 lost}, with the round in progress when there is one. */
    String title() {
        String progress = inProgress.map(r -> " (round " + r.round() + " in progress)").orElse("");
        return "day " + day + ": " + rounds.size() + " rounds" + progress + ", " + seeded() + " seeded, " + lost() + " lost";
    }

    String dailyFileName() {
        return "daily-" + date + ".json";
    }
}

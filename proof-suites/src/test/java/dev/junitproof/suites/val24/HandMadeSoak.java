package dev.junitproof.suites.val24;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Recomputed rounds and soaks made by hand, for unit tests of what is derived from them: a round's day and start
 * follow from the soak's parameters (round n starts n-1 intervals after the soak), as the accountant's would.
 */
record HandMadeSoak(SoakParameters parameters) {

    static final Receipts NO_ANOMALIES = new Receipts(0, 0, List.of(), 0, List.of());

    /** A soak starting 2026-03-01T00:00Z with the given round interval and planned rounds. */
    static HandMadeSoak of(int roundIntervalMin, int roundsTarget) {
        return new HandMadeSoak(new SoakParameters("soak", "2026-03-01T00:00:00Z", roundIntervalMin, 10, 512,
                roundsTarget, 48, 3));
    }

    Instant start() {
        return Instant.parse(parameters.startedAt());
    }

    RoundAccounting round(int n, RoundKind kind, long seeded, long delivered, long deadletter, List<String> lost,
            List<String> retried, List<String> recovered, long logBytes, List<String> problems) {
        return new RoundAccounting(n, (n - 1) / parameters.roundsPerDay() + 1, kind,
                start().plus(parameters.roundInterval().multipliedBy(n - 1L)), "rounds/r" + n + ".json", seeded,
                delivered, deadletter, lost, List.of(), retried, recovered, logBytes, problems);
    }

    SoakAccounting soak(List<RoundAccounting> rounds, List<UnreadableRound> unreadable,
            Optional<UnreadableRound> inProgress, Receipts receipts) {
        return new SoakAccounting(parameters, start(), LocalDate.ofInstant(start(), ZoneOffset.UTC), rounds, unreadable,
                inProgress, receipts);
    }
}

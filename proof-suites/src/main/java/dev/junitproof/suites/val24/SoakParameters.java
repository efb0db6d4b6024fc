package dev.junitproof.suites.val24;

import java.time.Duration;

/**
 * {@code soak.json}: the soak's parameters. The schedule (round interval, rounds target) is what turns round
 * timestamps into soak days and due dates, so it comes from the evidence, never from constants in the suite.
 */
public record SoakParameters(String soakId, String startedAt, int roundIntervalMin, int segmentsPerRound,
        int segmentBytes, int roundsTarget, int outageEveryRounds, int maxRetryCount) {

    public Duration roundInterval() {
        return Duration.ofMinutes(roundIntervalMin);
    }

    /** Rounds in one soak day (48 at the seed's 30-minute interval); at least one. */
    public int roundsPerDay() {
        return Math.max(1, 24 * 60 / roundIntervalMin);
    }

    /** The soak's planned length in days (30 for 1,440 rounds of 30 minutes). */
    public double targetDays() {
        return roundsTarget * (double) roundIntervalMin / (24 * 60);
    }
}

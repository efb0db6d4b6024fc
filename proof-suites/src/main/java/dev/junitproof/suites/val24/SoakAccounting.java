package dev.junitproof.suites.val24;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The whole soak recomputed from raw files: every complete round, the rounds that could not be read, the round
 * still being written, and the receipt anomalies. Every figure the report prints is derived here, from the
 * recomputed rounds, never from the rounds' own figures. Elapsed time comes from the evidence (the last complete
 * round's start), so the same evidence always gives the same figures.
 */
final class SoakAccounting {

    private final SoakParameters parameters;
    private final Instant start;
    private final LocalDate startDate;
    private final List<RoundAccounting> rounds;
    private final List<UnreadableRound> unreadable;
    private final Optional<UnreadableRound> inProgress;
    private final Receipts receipts;
    private final List<DayAccounting> days;

    SoakAccounting(SoakParameters parameters, Instant start, LocalDate startDate, List<RoundAccounting> rounds,
            List<UnreadableRound> unreadable, Optional<UnreadableRound> inProgress, Receipts receipts) {
        this.parameters = parameters;
        this.start = start;
        this.startDate = startDate;
        this.rounds = List.copyOf(rounds);
        this.unreadable = List.copyOf(unreadable);
        this.inProgress = inProgress;
        this.receipts = receipts;
        this.days = groupByDay();
    }

    SoakParameters parameters() {
        return parameters;
    }

    List<RoundAccounting> rounds() {
        return rounds;
    }

    List<UnreadableRound> unreadable() {
        return unreadable;
    }

    Optional<UnreadableRound> inProgress() {
        return inProgress;
    }

    Receipts receipts() {
        return receipts;
    }

    List<DayAccounting> days() {
        return days;
    }

    Optional<RoundAccounting> round(int number) {
        int index = number - 1;
        if (index >= 0 && index < rounds.size() && rounds.get(index).round() == number) {
            return Optional.of(rounds.get(index));
        }
        return rounds.stream().filter(r -> r.round() == number).findFirst();
    }

    Optional<UnreadableRound> unreadable(int number) {
        return unreadable.stream().filter(r -> r.round() == number).findFirst();
    }

    Optional<RoundAccounting> first(RoundKind kind) {
        return rounds.stream().filter(r -> r.kind() == kind).findFirst();
    }

    long totalRounds() {
        return rounds.size();
    }

    long totalSeeded() {
        return rounds.stream().mapToLong(RoundAccounting::seeded).sum();
    }

    long totalDelivered() {
        return rounds.stream().mapToLong(RoundAccounting::delivered).sum();
    }

    long totalDeadletter() {
        return rounds.stream().mapToLong(RoundAccounting::deadletter).sum();
    }

    List<String> lostIds() {
        List<String> lost = new ArrayList<>();
        rounds.forEach(r -> lost.addAll(r.lostIds()));
        return lost;
    }

    long lossCount() {
        return rounds.stream().mapToLong(RoundAccounting::loss).sum();
    }

    double lossRate() {
        long seeded = totalSeeded();
        return seeded == 0 ? 0.0 : lossCount() / (double) seeded;
    }

    long rounds(RoundKind kind) {
        return rounds.stream().filter(r -> r.kind() == kind).count();
    }

    long cleanSeeded() {
        return rounds.stream().filter(r -> r.kind() == RoundKind.CLEAN).mapToLong(RoundAccounting::seeded).sum();
    }

    long cleanDelivered() {
        return rounds.stream().filter(r -> r.kind() == RoundKind.CLEAN).mapToLong(RoundAccounting::delivered).sum();
    }

    /** Delivered over seeded in clean rounds only (outage and recovery rounds excluded, as the seed defines it). */
    OptionalDouble cleanDeliveryRate() {
        long seeded = cleanSeeded();
        return seeded == 0 ? OptionalDouble.empty() : OptionalDouble.of(cleanDelivered() / (double) seeded);
    }

    /**
     * Distinct ids retried across every recovery round. An unrecoverable entry is retried by each sweep; counted
     * once, it weighs as one segment that never came back, not as one failure per sweep.
     */
    long totalRetried() {
        return distinct(RoundAccounting::retriedIds);
    }

    /** Distinct retried ids some sweep recovered and the peer received. */
    long totalRecovered() {
        return distinct(RoundAccounting::recoveredIds);
    }

    private long distinct(java.util.function.Function<RoundAccounting, List<String>> ids) {
        java.util.Set<String> all = new java.util.HashSet<>();
        rounds.forEach(r -> all.addAll(ids.apply(r)));
        return all.size();
    }

    /** Recovered (and received by the peer) over retried, distinct ids across the soak; empty before any retry. */
    OptionalDouble retryRecoveryRate() {
        long retried = totalRetried();
        return retried == 0 ? OptionalDouble.empty() : OptionalDouble.of(totalRecovered() / (double) retried);
    }

    boolean anyOutageDeadletter() {
        return rounds.stream().anyMatch(r -> r.kind() == RoundKind.OUTAGE && r.deadletter() > 0);
    }

    boolean anyRecoveryRecovered() {
        return rounds.stream().anyMatch(r -> r.kind() == RoundKind.RECOVERY && r.recovered() > 0);
    }

    List<RoundAccounting> inconsistentRounds() {
        return rounds.stream().filter(r -> !r.consistent()).toList();
    }

    /** Silent loss, an inconsistent round or an unreadable past round: none of these can be undone later. */
    boolean accountingBroken() {
        return lossCount() > 0 || !inconsistentRounds().isEmpty() || !unreadable.isEmpty();
    }

    /** Last complete round's start − soak start + one round interval; zero before the first round completes. */
    Duration elapsed() {
        if (rounds.isEmpty()) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(start, rounds.get(rounds.size() - 1).startedAt()).plus(parameters.roundInterval());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    double elapsedDays() {
        return elapsed().toMillis() / (double) Duration.ofDays(1).toMillis();
    }

    /** The soak has run its planned length (1,440 rounds of 30 minutes = 30 days). */
    boolean complete() {
        return elapsedDays() >= parameters.targetDays();
    }

    long edgedLogBytes() {
        return rounds.stream().mapToLong(r -> Math.max(0, r.logBytes())).sum();
    }

    private List<DayAccounting> groupByDay() {
        Map<Integer, List<RoundAccounting>> byDay = new TreeMap<>();
        Map<Integer, List<UnreadableRound>> unreadableByDay = new TreeMap<>();
        rounds.forEach(r -> byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r));
        unreadable.forEach(r -> unreadableByDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r));
        java.util.SortedSet<Integer> dayNumbers = new java.util.TreeSet<>(byDay.keySet());
        dayNumbers.addAll(unreadableByDay.keySet());
        inProgress.ifPresent(r -> dayNumbers.add(r.day()));
        List<DayAccounting> result = new ArrayList<>();
        for (int day : dayNumbers) {
            Optional<UnreadableRound> writing = inProgress.filter(r -> r.day() == day);
            result.add(new DayAccounting(day, startDate.plusDays(day - 1L), byDay.getOrDefault(day, List.of()),
                    unreadableByDay.getOrDefault(day, List.of()), writing));
        }
        return List.copyOf(result);
    }
}

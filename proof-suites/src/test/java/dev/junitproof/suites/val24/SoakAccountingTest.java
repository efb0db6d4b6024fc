package dev.junitproof.suites.val24;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's sums over hand-made rounds, one figure at a time: each is derived from the recomputed rounds (not
 * their own figures), rounds are found by number across gaps, and elapsed time and completeness come from the last
 * complete round's start, so a soak exactly at its planned length is complete and one round short is not.
 */
class SoakAccountingTest {

    /** Two rounds a day (12-hour interval), four rounds planned: a two-day soak. */
    private static final HandMadeSoak TWO_DAYS = HandMadeSoak.of(720, 4);

    private static RoundAccounting clean(int n, long seeded, long delivered, List<String> lost) {
        return TWO_DAYS.round(n, RoundKind.CLEAN, seeded, delivered, 0, lost, List.of(), List.of(), 100, List.of());
    }

    private static SoakAccounting soak(List<RoundAccounting> rounds, List<UnreadableRound> unreadable) {
        return TWO_DAYS.soak(rounds, unreadable, Optional.empty(), HandMadeSoak.NO_ANOMALIES);
    }

    private static SoakAccounting soak(RoundAccounting... rounds) {
        return soak(List.of(rounds), List.of());
    }

    @Test
    void lossIsSummedAsIdsAndAsARateOfEverySeededSegment() {
        SoakAccounting soak = soak(clean(1, 10, 9, List.of("a")), clean(2, 10, 8, List.of("b", "c")));

        assertThat(soak.lostIds()).containsExactly("a", "b", "c");
        assertThat(soak.lossCount()).isEqualTo(3);
        assertThat(soak.totalSeeded()).isEqualTo(20);
        assertThat(soak.lossRate()).isEqualTo(0.15);
        assertThat(soak.accountingBroken()).isTrue();
    }

    @Test
    void nothingSeededIsNoLossRatherThanADivisionByZero() {
        SoakAccounting soak = soak(clean(1, 0, 0, List.of()));

        assertThat(soak.lossRate()).isZero();
        assertThat(soak.cleanDeliveryRate()).isEmpty();
        assertThat(soak.accountingBroken()).isFalse();
    }

    @Test
    void roundsAreFoundByNumberAcrossGapsAndBeyondTheEnd() {
        // Round 2 could not be read: the list is rounds 1, 3, 4, so numbers and positions part after the gap.
        SoakAccounting soak = soak(List.of(clean(1, 10, 10, List.of()), clean(3, 10, 10, List.of()), clean(4, 10, 10, List.of())),
                List.of(new UnreadableRound(2, 1, "rounds/r2.json", "rounds/r2.json: truncated")));

        assertThat(soak.round(1)).map(RoundAccounting::round).contains(1);
        assertThat(soak.round(2)).isEmpty();
        assertThat(soak.round(3)).map(RoundAccounting::round).contains(3);
        assertThat(soak.round(4)).map(RoundAccounting::round).contains(4);
        assertThat(soak.round(5)).isEmpty();
        assertThat(soak.round(0)).isEmpty();
        assertThat(soak.unreadable(2)).map(UnreadableRound::detail).contains("rounds/r2.json: truncated");
        assertThat(soak.unreadable(3)).isEmpty();
        assertThat(soak.accountingBroken()).isTrue();
        assertThat(soak.days()).extracting(DayAccounting::day).containsExactly(1, 2);
    }

    @Test
    void theFirstRoundOfAKindIsTheEarliestOfThatKind() {
        SoakAccounting soak = soak(clean(1, 10, 10, List.of()),
                TWO_DAYS.round(2, RoundKind.OUTAGE, 10, 0, 10, List.of(), List.of(), List.of(), 100, List.of()),
                TWO_DAYS.round(3, RoundKind.RECOVERY, 10, 10, 0, List.of(), List.of("x"), List.of("x"), 100, List.of()),
                TWO_DAYS.round(4, RoundKind.OUTAGE, 10, 0, 10, List.of(), List.of(), List.of(), 100, List.of()));

        assertThat(soak.first(RoundKind.OUTAGE)).map(RoundAccounting::round).contains(2);
        assertThat(soak.first(RoundKind.RECOVERY)).map(RoundAccounting::round).contains(3);
        assertThat(soak.rounds(RoundKind.OUTAGE)).isEqualTo(2);
    }

    @Test
    void anOutageCountsOnlyWithADeadletterAndARecoveryOnlyWithARecoveredId() {
        RoundAccounting outageWithout = TWO_DAYS.round(1, RoundKind.OUTAGE, 10, 10, 0, List.of(), List.of(), List.of(), 100, List.of());
        RoundAccounting recoveryWithout = TWO_DAYS.round(2, RoundKind.RECOVERY, 10, 10, 0, List.of(), List.of("x"), List.of(), 100, List.of());
        RoundAccounting cleanWithDeadletter = TWO_DAYS.round(3, RoundKind.CLEAN, 10, 9, 1, List.of(), List.of(), List.of(), 100, List.of());
        RoundAccounting cleanRecovered = TWO_DAYS.round(4, RoundKind.CLEAN, 10, 10, 0, List.of(), List.of("y"), List.of("y"), 100, List.of());

        SoakAccounting without = soak(outageWithout, recoveryWithout, cleanWithDeadletter, cleanRecovered);
        assertThat(without.anyOutageDeadletter()).isFalse();
        assertThat(without.anyRecoveryRecovered()).isFalse();

        SoakAccounting with = soak(TWO_DAYS.round(1, RoundKind.OUTAGE, 10, 9, 1, List.of(), List.of(), List.of(), 100, List.of()),
                TWO_DAYS.round(2, RoundKind.RECOVERY, 10, 10, 0, List.of(), List.of("x"), List.of("x"), 100, List.of()));
        assertThat(with.anyOutageDeadletter()).isTrue();
        assertThat(with.anyRecoveryRecovered()).isTrue();
    }

    @Test
    void retriesAreCountedOncePerIdAcrossSweeps() {
        SoakAccounting soak = soak(
                TWO_DAYS.round(1, RoundKind.RECOVERY, 10, 10, 0, List.of(), List.of("x", "y"), List.of("x"), 100, List.of()),
                TWO_DAYS.round(2, RoundKind.RECOVERY, 10, 10, 0, List.of(), List.of("y"), List.of(), 100, List.of()));

        assertThat(soak.totalRetried()).isEqualTo(2);
        assertThat(soak.totalRecovered()).isEqualTo(1);
        assertThat(soak.retryRecoveryRate()).hasValue(0.5);
    }

    @Test
    void theLogBytesOfEveryRoundAreSummedAndAMissingLogCountsAsNone() {
        SoakAccounting soak = soak(TWO_DAYS.round(1, RoundKind.CLEAN, 10, 10, 0, List.of(), List.of(), List.of(), 300, List.of()),
                TWO_DAYS.round(2, RoundKind.CLEAN, 10, 10, 0, List.of(), List.of(), List.of(), -1, List.of()),
                TWO_DAYS.round(3, RoundKind.CLEAN, 10, 10, 0, List.of(), List.of(), List.of(), 200, List.of()));

        assertThat(soak.edgedLogBytes()).isEqualTo(500);
    }

    @Test
    void aSoakAtItsPlannedLengthIsCompleteAndOneRoundShortIsNot() {
        List<RoundAccounting> four = List.of(clean(1, 10, 10, List.of()), clean(2, 10, 10, List.of()),
                clean(3, 10, 10, List.of()), clean(4, 10, 10, List.of()));

        SoakAccounting complete = soak(four.toArray(RoundAccounting[]::new));
        assertThat(complete.elapsed()).isEqualTo(Duration.ofDays(2));
        assertThat(complete.elapsedDays()).isEqualTo(2.0);
        assertThat(complete.complete()).isTrue();

        SoakAccounting shortOne = soak(four.subList(0, 3).toArray(RoundAccounting[]::new));
        assertThat(shortOne.elapsed()).isEqualTo(Duration.ofHours(36));
        assertThat(shortOne.complete()).isFalse();

        assertThat(soak().elapsed()).isEqualTo(Duration.ZERO);
    }

    @Test
    void anInconsistentRoundBreaksTheAccountingWithoutAnyLoss() {
        SoakAccounting soak = soak(clean(1, 10, 10, List.of()),
                TWO_DAYS.round(2, RoundKind.CLEAN, 10, 10, 0, List.of(), List.of(), List.of(), 100, List.of("rounds/r2.json /delivered says 9")));

        assertThat(soak.inconsistentRounds()).extracting(RoundAccounting::round).containsExactly(2);
        assertThat(soak.lossCount()).isZero();
        assertThat(soak.accountingBroken()).isTrue();
    }
}

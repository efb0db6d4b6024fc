package dev.junitproof.suites.val24;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gate D as the VAL24 document states it ({@code gate_d}, which VAL27 reads): overall only when all four criteria
 * hold, and each rate criterion met exactly at 0.990.
 */
class GateDTest {

    @Test
    void overallHoldsOnlyWhenAllFourCriteriaHold() {
        for (int bits = 0; bits < 16; bits++) {
            GateD gate = new GateD((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);

            assertThat(gate.overall()).as("criteria %s", Integer.toBinaryString(bits)).isEqualTo(bits == 15);
        }
    }

    /** 1,440 clean rounds delivering 99 of 100, and 99 of 100 retried ids recovered: both rates exactly 0.990. */
    @Test
    void ratesExactlyAtTheTargetMeetIt() {
        HandMadeSoak seed = HandMadeSoak.of(30, 1440);
        List<RoundAccounting> rounds = new ArrayList<>();
        List<String> retried = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            retried.add("val24-r000001-" + i);
        }
        for (int n = 1; n <= GateD.MIN_ROUNDS; n++) {
            boolean first = n == 1;
            rounds.add(seed.round(n, RoundKind.CLEAN, first ? 100 : 0, first ? 99 : 0, first ? 1 : 0, List.of(),
                    first ? retried : List.of(), first ? retried.subList(0, 99) : List.of(), 0, List.of()));
        }
        SoakAccounting soak = seed.soak(rounds, List.of(), Optional.empty(), HandMadeSoak.NO_ANOMALIES);

        GateD gate = GateD.of(soak);

        assertThat(soak.cleanDeliveryRate()).hasValue(0.99);
        assertThat(soak.retryRecoveryRate()).hasValue(0.99);
        assertThat(gate).isEqualTo(new GateD(true, true, true, true));
        assertThat(gate.overall()).isTrue();
    }
}

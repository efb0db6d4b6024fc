package dev.junitproof.suites.val24;

import dev.junitproof.api.result.Measurement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 7: a judged rate prints with as many digits as it takes to show why it stands where it does (0.98999
 * never reads {@code 0.9900 < 0.990}), in the check's detail and in the Gate D figures every report prints.
 */
class SoakTargetsTest {

    @Test
    void aRateJustUnderTheTargetShowsTheDigitsThatFailIt() {
        assertThat(SoakTargets.judged(Measurement.rate(0.98999), SoakTargets.CLEAN_DELIVERY)).isEqualTo("0.98999 < 0.990");
        assertThat(SoakTargets.judged(Measurement.rate(0.9996), SoakTargets.CLEAN_DELIVERY)).isEqualTo("0.9996 >= 0.990");
        assertThat(SoakTargets.judged(Measurement.rate(0.99), SoakTargets.RETRY_RECOVERY)).isEqualTo("0.9900 >= 0.990");
        assertThat(SoakTargets.judged(Measurement.count(1439), SoakTargets.ROUNDS)).isEqualTo("1439 < 1440");
    }

    /** 1,440 clean rounds delivering 98,999 of 100,000: the Gate D line says 0.98999, not 0.9900. */
    @Test
    void theGateDFiguresShowWhyARateFails() {
        HandMadeSoak seed = HandMadeSoak.of(30, 1440);
        List<RoundAccounting> rounds = new ArrayList<>();
        for (int n = 1; n <= 1440; n++) {
            boolean first = n == 1;
            rounds.add(seed.round(n, RoundKind.CLEAN, first ? 100_000 : 0, first ? 98_999 : 0, first ? 1_001 : 0,
                    List.of(), List.of(), List.of(), 0, List.of()));
        }
        SoakAccounting soak = seed.soak(rounds, List.of(), Optional.empty(), HandMadeSoak.NO_ANOMALIES);

        assertThat(GateD.figures(soak)).isEqualTo("delivery=0.98999, retry=n/a, loss=0");
    }
}

package dev.junitproof.suites.val27;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gate D judged from a VAL24 report document, at its edges: each target met exactly passes, one unit short fails,
 * a flag that claims more than its figures is a disagreement (never a pass), a flag that claims less fails the
 * gate by name, and a final report of an incomplete soak fails even when every figure and flag agrees.
 */
class SoakGateTest {

    /** A complete soak exactly at every target: 1,440 rounds, delivery 0.990, 990 of 1,000 retries recovered. */
    private static Val24Report atTargets() {
        return report("final", true, 1_440, 0.990, 1_000, 990, 0.990, 0, flags(true, true, true, true, true));
    }

    private static Val24Report.GateD flags(boolean rounds, boolean delivery, boolean retry, boolean loss, boolean overall) {
        return new Val24Report.GateD(rounds, delivery, retry, loss, overall);
    }

    private static Val24Report report(String mode, boolean complete, long rounds, double delivery, long retried,
            long recovered, Double retryRate, long loss, Val24Report.GateD gateD) {
        return new Val24Report(mode, "2026-03-31T00:00:00Z", 30.0, complete, rounds, 1_000_000, 999_000, 1_000,
                loss, delivery, retried, recovered, retryRate, gateD, List.of(), null);
    }

    private static SoakGate judge(Val24Report r) {
        return SoakGate.judge("reports/final.json", r);
    }

    @Test
    void everyTargetMetExactlyPasses() {
        SoakGate gate = judge(atTargets());

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.PASS);
        assertThat(gate.reason()).isEqualTo("soak_complete=true gate_d.overall=true (reports/final.json (mode final))");
        assertThat(gate.disagreements()).isEmpty();
        assertThat(gate.failedCriteria()).isEmpty();
    }

    @Test
    void oneRoundShortFails() {
        SoakGate gate = judge(report("final", true, 1_439, 0.990, 1_000, 990, 0.990, 0, flags(false, true, true, true, false)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.failedCriteria()).containsExactly("rounds 1,439 < 1,440");
        assertThat(gate.reason()).isEqualTo("Gate D failed in reports/final.json (mode final): rounds 1,439 < 1,440");
    }

    @Test
    void deliveryJustUnderTheTargetFails() {
        SoakGate gate = judge(report("final", true, 1_440, 0.98999, 1_000, 990, 0.990, 0, flags(true, false, true, true, false)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.failedCriteria()).containsExactly("clean_delivery_rate 0.9900 < 0.990");
    }

    @Test
    void oneRecoveryShortFails() {
        SoakGate gate = judge(report("final", true, 1_440, 0.990, 1_000, 989, 0.989, 0, flags(true, true, false, true, false)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.failedCriteria()).containsExactly("retry recovery 989/1000=0.9890 < 0.990");
        assertThat(gate.disagreements()).isEmpty();
    }

    /** Rates are printed with four decimals, so a rate off by exactly the tolerance (0.00005) is rounding. */
    @Test
    void aRateOffByExactlyTheToleranceIsRoundingNotADisagreement() {
        SoakGate gate = judge(report("final", true, 1_440, 0.990, 1, 0, 0.00005, 0, flags(true, true, false, true, false)));

        assertThat(gate.disagreements()).isEmpty();
        assertThat(gate.failedCriteria()).containsExactly("retry recovery 0/1=0.0000 < 0.990");
        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
    }

    @Test
    void aRateOffByMoreThanTheToleranceIsADisagreement() {
        SoakGate gate = judge(report("final", true, 1_440, 0.990, 1_000, 990, 0.9902, 0, flags(true, true, true, true, true)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.disagreements())
                .containsExactly("retry_recovery_rate=0.9902 but total_recovered/total_retried=990/1000=0.9900");
    }

    /** Each flag claiming "ok" over figures that say otherwise: a disagreement naming the flag and its basis. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rounds_ok   | 1000 | 0.990 | 990 | 0 | gate_d.rounds_ok=true but total_rounds=1,000 gives false",
        "delivery_ok | 1440 | 0.980 | 990 | 0 | gate_d.delivery_ok=true but clean_delivery_rate=0.9800 gives false",
        "retry_ok    | 1440 | 0.990 | 980 | 0 | gate_d.retry_ok=true but total_recovered/total_retried=980/1000 gives false",
        "loss_ok     | 1440 | 0.990 | 990 | 3 | gate_d.loss_ok=true but loss_count=3 gives false",
    })
    void aFlagClaimingMoreThanItsFiguresNeverPasses(String flag, long rounds, double delivery, long recovered, long loss,
            String disagreement) {
        SoakGate gate = judge(report("final", true, rounds, delivery, 1_000, recovered, recovered / 1_000.0, loss,
                flags(true, true, true, true, true)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.disagreements()).containsExactly(disagreement);
        assertThat(gate.reason()).isEqualTo("reports/final.json (mode final) disagrees with its own figures: " + disagreement);
    }

    /** A flag saying "not ok" over figures that look fine is VAL24 knowing more: the gate fails on that flag. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, gate_d.rounds_ok=false", "1, gate_d.delivery_ok=false", "2, gate_d.retry_ok=false",
        "3, gate_d.loss_ok=false"})
    void aFlagClaimingLessThanItsFiguresFailsTheGateByName(int which, String failed) {
        boolean[] f = {true, true, true, true};
        f[which] = false;
        SoakGate gate = judge(report("final", true, 1_440, 0.990, 1_000, 990, 0.990, 0, flags(f[0], f[1], f[2], f[3], false)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.failedCriteria()).containsExactly(failed);
        assertThat(gate.disagreements()).isEmpty();
    }

    /** Nothing retried: no rate to recompute, so VAL24's own retry_ok flag decides, and a null rate is no fault. */
    @Test
    void withoutRetriesTheRetryFlagDecidesAndANullRateIsNoDisagreement() {
        SoakGate gate = judge(report("final", true, 1_440, 0.990, 0, 0, null, 0, flags(true, true, false, true, false)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.failedCriteria()).containsExactly("gate_d.retry_ok=false");
        assertThat(gate.disagreements()).isEmpty();
    }

    @Test
    void anOverallFlagClaimingMoreThanTheFourFlagsIsADisagreement() {
        SoakGate gate = judge(report("final", true, 1_440, 0.990, 1_000, 990, 0.990, 0, flags(true, true, false, true, true)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.disagreements()).containsExactly("gate_d.overall=true but the four gate_d flags gives false");
    }

    @Test
    void aFinalReportOfASoakThatDidNotCompleteFails() {
        SoakGate gate = judge(report("final", false, 1_440, 0.990, 1_000, 990, 0.990, 0, flags(true, true, true, true, true)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.FAIL);
        assertThat(gate.reason())
                .isEqualTo("reports/final.json (mode final): final report of a soak that did not complete (1,440/1,440 rounds)");
    }

    @Test
    void aCheckpointOfARunningSoakIsPendingAndNamesALossAlready() {
        SoakGate gate = judge(report("checkpoint", false, 700, 0.990, 1_000, 990, 0.990, 2, flags(false, true, true, false, false)));

        assertThat(gate.standing()).isEqualTo(SoakGate.Standing.PENDING);
        assertThat(gate.reason()).isEqualTo("soak in progress: reports/final.json (mode checkpoint) at 30.0 days, "
                + "700/1,440 rounds; Gate D not yet due; already failing: loss_count 2 != 0");
    }
}

package dev.junitproof.suites.val24;

import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;

import java.util.List;

/**
 * Every target of the VAL24 seed (§6 Gate D, §7 matrix), defined once: the checks judge with them, the readiness
 * level and VAL27 quote them, the reports print them. Nothing here is read from the evidence: a soak cannot lower
 * the bar it is judged by (its own {@code rounds_target} only says when the end-of-soak checks fall due).
 */
public final class SoakTargets {

    /** VAL24-01: round 1 delivers every segment it seeded ({@code delivery_rate = 1.0}). */
    public static final Target ROUND_ONE_DELIVERY = Target.equalTo(1.0, Unit.RATE).printed(Digits.decimals(1));
    /** VAL24-03: the first clean round leaves nothing in the deadletter list. */
    public static final Target FIRST_CLEAN_DEADLETTER = Target.equalTo(0, Unit.COUNT);
    /** VAL24-06, Gate D: clean-round delivery rate. */
    public static final Target CLEAN_DELIVERY = Target.atLeast(0.990, Unit.RATE).printed(Digits.decimals(3));
    /** VAL24-07, Gate D: retry recovery rate, sampled once real entries were retried. */
    public static final Target RETRY_RECOVERY = Target.atLeast(0.990, Unit.RATE).printed(Digits.decimals(3));
    /** VAL24-08, Gate D: silent loss. */
    public static final Target LOSS = Target.equalTo(0, Unit.COUNT);
    /**
     * VAL24-09, Gate D: rounds completed (30 days × 48 rounds). Never the soak's own {@code rounds_target}: evidence
     * that declares a shorter soak must not lower the bar; a soak that plans fewer rounds cannot meet it.
     */
    public static final Target ROUNDS = Target.atLeast(1440, Unit.COUNT);

    /** The ten matrix checks of the seed's §7, in order: the report document lists exactly these. */
    public static final List<String> MATRIX = List.of("VAL24-01", "VAL24-02", "VAL24-03", "VAL24-04", "VAL24-05",
            "VAL24-06", "VAL24-07", "VAL24-08", "VAL24-09", "VAL24-10");

    private SoakTargets() {
    }

    /** VAL24-02: the first clean round delivers all of the soak's segments per round ({@code = 10}). */
    public static Target allDelivered(int segmentsPerRound) {
        return Target.equalTo(segmentsPerRound, Unit.COUNT);
    }

    /** {@code 0.9996 >= 0.990} or {@code 0.98999 < 0.990}: a judged rate with as many digits as show why. */
    static String judged(Measurement measured, Target target) {
        boolean met = target.accepts(measured);
        return measured.against(target) + (met ? " " + target.text() : " " + opposite(target) + " " + target.valueText());
    }

    /** The comparison a figure that misses the target stands in, as the seed's lines print it ({@code <}). */
    private static String opposite(Target target) {
        return switch (target.comparator()) {
            case AT_LEAST -> "<";
            case AT_MOST -> ">";
            case GREATER_THAN -> "<=";
            case LESS_THAN -> ">=";
            case EQUAL_TO -> "!=";
        };
    }
}

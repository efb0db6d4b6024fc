package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.Comparator;
import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.ProofSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every target PIN015 judges a figure against, defined once: the checks judge with these, the maturity gates and
 * the readiness level stand on those checks, and every report prints these (never a literal of its own).
 *
 * <p>The fixed targets are the seed's. The shadow run's two count targets ({@code ≥2500} cycles, {@code >20000}
 * golden files) can be changed by the configuration parameters {@code proof.pin015.min-cycles} and
 * {@code proof.pin015.min-golden-files} (whole numbers ≥ 1; each overrides only its own), for small samples.
 * Never by the evidence: a {@code thresholds} object in {@code shadow/shadow.json} is reported as ignored, because
 * evidence must not be able to lower the bar it is judged by. Lowered targets are never silent: the text report's
 * header, the shadow checks' targets, the certification block and the JSON report all say so.
 *
 * @param cycles      {@code "Running cycle"} lines, inclusive ({@code >= 2500})
 * @param goldenFiles golden files, the seed's {@code >20000} (held as {@code > minGoldenFiles - 1})
 * @param origin      where the two shadow targets came from, for the report
 */
record M4Targets(Target cycles, Target goldenFiles, String origin) {

    /** A whole count, printed with thousands separators as the seed prints them ({@code 22,500}). */
    private static final Digits COUNT = Digits.GROUPED;
    static final Unit HOURS = Unit.of("h");

    /** Phase A, "22 alert rules loaded". */
    static final Target ALERT_RULES = count(Comparator.AT_LEAST, 22);
    /** Phase A, "6 rule groups active"; the runbook's item 17 asks the same ({@code ≥6}). */
    static final Target RULE_GROUPS = count(Comparator.AT_LEAST, 6);
    /** Phase B, "Multi-worker determinism (500+ iterations)": per worker. */
    static final Target ITERATIONS_PER_WORKER = count(Comparator.AT_LEAST, 500);
    /** Phase B, "multi-worker": determinism across workers needs at least two. */
    static final Target WORKERS = count(Comparator.AT_LEAST, 2);
    /** Phase B, "Mismatches 0". */
    static final Target DETERMINISM_MISMATCHES = count(Comparator.EQUAL_TO, 0);
    /** Phase D, "Golden Corruption: 0". */
    static final Target GOLDEN_CORRUPTION = count(Comparator.EQUAL_TO, 0);
    /** Phase D, "Mismatches under load 0". */
    static final Target CPU_MISMATCHES = count(Comparator.EQUAL_TO, 0);
    /** Phase D, CPU stress: a stress test with no stress worker stressed nothing. */
    static final Target STRESS_WORKERS = count(Comparator.AT_LEAST, 1);
    /** Phase E, "24-Hour Shadow Simulation": the planned duration. */
    static final Target SHADOW_DURATION = new Target(Comparator.AT_LEAST, 24, HOURS, Digits.INTEGER);
    /** Phase E shadow run and runbook items 8–9: "Mismatches: 0", "= cycles", {@code 0}. */
    static final Target SHADOW_MISMATCHES = count(Comparator.EQUAL_TO, 0);

    static final long SEED_MIN_CYCLES = 2500;
    static final long SEED_MIN_GOLDEN_FILES = 20001;
    static final String MIN_CYCLES = "proof.pin015.min-cycles";
    static final String MIN_GOLDEN_FILES = "proof.pin015.min-golden-files";

    static final M4Targets SEED = new M4Targets(cyclesTarget(SEED_MIN_CYCLES), goldenTarget(SEED_MIN_GOLDEN_FILES), "seed");

    /** A counted figure, printed as the targets are ({@code 22,500}). */
    static Measurement counted(long value) {
        return Measurement.of(value, Unit.COUNT, COUNT);
    }

    private static Target count(Comparator comparator, long value) {
        return new Target(comparator, value, Unit.COUNT, COUNT);
    }

    private static Target cyclesTarget(long min) {
        return count(Comparator.AT_LEAST, min);
    }

    private static Target goldenTarget(long min) {
        return count(Comparator.GREATER_THAN, min - 1);
    }

    /** The shadow targets in force: the configuration's, else the seed's; the evidence's own are ignored. */
    static M4Targets resolve(ProofSettings settings, Optional<ShadowParameters> shadow) {
        long cycles = SEED_MIN_CYCLES;
        long golden = SEED_MIN_GOLDEN_FILES;
        List<String> origins = new ArrayList<>();
        Optional<ShadowParameters.DeclaredThresholds> declared = shadow.map(ShadowParameters::thresholds);
        declared.ifPresent(d -> origins.add("shadow/shadow.json /thresholds (min_cycles=" + d.minCycles()
                + ", min_golden_files=" + d.minGoldenFiles() + ") ignored: evidence cannot lower its own bar"));
        Optional<String> cycleParameter = settings.get(MIN_CYCLES);
        Optional<String> goldenParameter = settings.get(MIN_GOLDEN_FILES);
        Optional<Long> c = cycleParameter.flatMap(M4Targets::wholeNumber);
        Optional<Long> g = goldenParameter.flatMap(M4Targets::wholeNumber);
        if (c.isPresent()) {
            cycles = c.get();
            origins.add(0, MIN_CYCLES + "=" + cycles);
        } else {
            cycleParameter.ifPresent(v -> origins.add(MIN_CYCLES + "=" + v + " ignored (not a whole number >= 1)"));
        }
        if (g.isPresent()) {
            golden = g.get();
            origins.add(c.isPresent() ? 1 : 0, MIN_GOLDEN_FILES + "=" + golden);
        } else {
            goldenParameter.ifPresent(v -> origins.add(MIN_GOLDEN_FILES + "=" + v + " ignored (not a whole number >= 1)"));
        }
        return new M4Targets(cyclesTarget(cycles), goldenTarget(golden), origins.isEmpty() ? "seed" : String.join("; ", origins));
    }

    private static Optional<Long> wholeNumber(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value >= 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Inclusive minimum of cycles. */
    long minCycles() {
        return (long) cycles.value();
    }

    /** Inclusive minimum of golden files (the seed's "> 20000" is 20001). */
    long minGoldenFiles() {
        return (long) goldenFiles.value() + 1;
    }

    /** Below the seed's: the report must say the proof used lowered thresholds. */
    boolean lowered() {
        return minCycles() < SEED_MIN_CYCLES || minGoldenFiles() < SEED_MIN_GOLDEN_FILES;
    }

    /** A target as the seed's runbook prints it, without the space: {@code ≥2500}, {@code >20000}. */
    static String runbookText(Target target) {
        String symbol = target.comparator() == Comparator.AT_LEAST ? "≥" : target.comparator().symbol();
        return symbol + Digits.INTEGER.format(target.value());
    }

    /** The report's one-line account: {@code seed (total cycles ≥2500, golden files >20000)} or LOWERED …. */
    String describe() {
        String values = "total cycles " + runbookText(cycles) + ", golden files " + runbookText(goldenFiles);
        if (!lowered()) {
            return origin.equals("seed") ? "seed (" + values + ")" : values + " (" + origin + ")";
        }
        return "LOWERED: " + values + " (seed: total cycles " + runbookText(SEED.cycles) + ", golden files "
                + runbookText(SEED.goldenFiles) + "), from " + origin;
    }
}

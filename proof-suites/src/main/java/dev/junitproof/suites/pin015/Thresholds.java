package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.ProofSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shadow run's count thresholds: at least {@code minCycles} {@code Running cycle} lines and at least
 * {@code minGoldenFiles} golden files. The seed's are {@code ≥ 2500} cycles and {@code > 20000} golden files.
 *
 * <p>They come from the configuration parameters {@code proof.pin015.min-cycles} and
 * {@code proof.pin015.min-golden-files} (whole numbers ≥ 1; each overrides only its own threshold), else the seed.
 * Never from the evidence: a {@code thresholds} object in {@code shadow/shadow.json} is reported as ignored,
 * because evidence must not be able to lower the bar it is judged by. Lowered thresholds are never silent: the
 * text report's header, the shadow checks' targets, the certification block and the JSON report all say so.
 *
 * @param minCycles      inclusive: {@code cycles >= minCycles}
 * @param minGoldenFiles inclusive: {@code golden files >= minGoldenFiles} (the seed's "> 20000" is 20001)
 * @param origin         where they came from, for the report
 */
record Thresholds(long minCycles, long minGoldenFiles, String origin) {

    static final long SEED_MIN_CYCLES = 2500;
    static final long SEED_MIN_GOLDEN_FILES = 20001;
    static final String MIN_CYCLES = "proof.pin015.min-cycles";
    static final String MIN_GOLDEN_FILES = "proof.pin015.min-golden-files";

    static final Thresholds SEED = new Thresholds(SEED_MIN_CYCLES, SEED_MIN_GOLDEN_FILES, "seed");

    static Thresholds resolve(ProofSettings settings, Optional<ShadowParameters> shadow) {
        long cycles = SEED_MIN_CYCLES;
        long golden = SEED_MIN_GOLDEN_FILES;
        List<String> origins = new ArrayList<>();
        Optional<ShadowParameters.DeclaredThresholds> declared = shadow.map(ShadowParameters::thresholds);
        declared.ifPresent(d -> origins.add("shadow/shadow.json /thresholds (min_cycles=" + d.minCycles()
                + ", min_golden_files=" + d.minGoldenFiles() + ") ignored: evidence cannot lower its own bar"));
        Optional<String> cycleParameter = settings.get(MIN_CYCLES);
        Optional<String> goldenParameter = settings.get(MIN_GOLDEN_FILES);
        Optional<Long> c = cycleParameter.flatMap(Thresholds::wholeNumber);
        Optional<Long> g = goldenParameter.flatMap(Thresholds::wholeNumber);
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
        return new Thresholds(cycles, golden, origins.isEmpty() ? "seed" : String.join("; ", origins));
    }

    private static Optional<Long> wholeNumber(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value >= 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Below the seed's: the report must say the proof used lowered thresholds. */
    boolean lowered() {
        return minCycles < SEED_MIN_CYCLES || minGoldenFiles < SEED_MIN_GOLDEN_FILES;
    }

    /** {@code ≥2500}, as the seed's item 7 prints it. */
    String cyclesTarget() {
        return "≥" + minCycles;
    }

    /** {@code >20000}, as the seed's item 10 prints it. */
    String goldenTarget() {
        return ">" + (minGoldenFiles - 1);
    }

    /** The report's one-line account: {@code seed (total cycles ≥2500, golden files >20000)} or LOWERED …. */
    String describe() {
        String values = "total cycles " + cyclesTarget() + ", golden files " + goldenTarget();
        if (!lowered()) {
            return origin.equals("seed") ? "seed (" + values + ")" : values + " (" + origin + ")";
        }
        return "LOWERED: " + values + " (seed: total cycles ≥" + SEED_MIN_CYCLES + ", golden files >"
                + (SEED_MIN_GOLDEN_FILES - 1) + "), from " + origin;
    }
}

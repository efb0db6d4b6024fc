package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs VAL25 over a fixture and states the outcome maps tests compare against. */
final class Val25Runs {

    static final String TEXT = "val25-proof-report.txt";
    static final String JSON = "val25-proof-report.json";

    private Val25Runs() {
    }

    static ProofRunResult run(Path tmp, FleetFixture fixture) {
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        return ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
    }

    static String text(ProofRunResult run) {
        return run.report(FleetFixture.UNIT, TEXT);
    }

    static JsonNode json(ProofRunResult run) {
        try {
            return new ObjectMapper().readTree(run.report(FleetFixture.UNIT, JSON));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String verdict(ProofRunResult run) {
        return json(run).path("verdict").asText();
    }

    /** Every VAL25 test of a fully passing run, in plan order: the map each variant edits. */
    static Map<String, Shown> passing() {
        Map<String, Shown> tests = new LinkedHashMap<>();
        for (String val : List.of("VAL07", "VAL08", "VAL09", "VAL10", "VAL11")) {
            tests.put(val + "-report", Shown.PASSED);
            int checks = val.equals("VAL07") ? 9 : 10;
            for (int n = 1; n <= checks; n++) {
                tests.put(String.format("%s-%02d", val, n), Shown.PASSED);
            }
        }
        FleetFigures.IDS.forEach(id -> tests.put(id, Shown.PASSED));
        tests.put("VAL25-WINDOW", Shown.PASSED);
        tests.put("VAL25-VERIFY-07", Shown.PASSED);
        for (int n = 1; n <= 10; n++) {
            tests.put(String.format("VAL25-%02d", n), Shown.PASSED);
        }
        tests.put("DESIGN_PARTNER", Shown.PASSED);
        tests.put("GA", Shown.ABORTED);
        tests.put("PUBLIC_PRODUCTION", Shown.ABORTED);
        return tests;
    }

    /** The passing map with the given entries changed ("VAL25-06", FAILED, ...). */
    static Map<String, Shown> passingExcept(Object... changes) {
        Map<String, Shown> tests = passing();
        for (int i = 0; i < changes.length; i += 2) {
            tests.put((String) changes[i], (Shown) changes[i + 1]);
        }
        return tests;
    }

    /**
     * A slice that is missing shows only its report test of its own group (its figure checks, VAL07-p99 and the
     * like, stay: they fail).
     */
    static Map<String, Shown> withoutSliceChecks(Map<String, Shown> tests, String val) {
        tests.keySet().removeIf(k -> k.matches(val + "-\\d\\d(#\\d+)?|" + val + "/.*"));
        return tests;
    }

    /** Each slice's figure checks. */
    static final Map<String, List<String>> FIGURES_OF = Map.of(
            "VAL07", LatencyFigures.IDS,
            "VAL08", ThroughputFigures.IDS,
            "VAL09", List.of(),
            "VAL10", RecoveryFigures.IDS,
            "VAL11", ChaosFigures.IDS);

    /** The matrix checks besides VAL25-0x/VAL25-10 that read a slice's own fields. */
    static final Map<String, List<String>> METRIC_CHECKS_OF = Map.of(
            "VAL07", List.of("VAL25-06", "VAL25-VERIFY-07"),
            "VAL08", List.of("VAL25-07"),
            "VAL09", List.of(),
            "VAL10", List.of("VAL25-08"),
            "VAL11", List.of("VAL25-09"));

    private static final Map<String, String> SLICE_CHECK_OF = Map.of(
            "VAL07", "VAL25-01", "VAL08", "VAL25-02", "VAL09", "VAL25-03", "VAL10", "VAL25-04", "VAL11", "VAL25-05");

    /**
     * A slice whose report is absent or unreadable (schema mismatch, invalid JSON): only its report test is left
     * of its own checks, and it fails, as do its matrix row, its figure checks, the checks that read its fields,
     * VAL25-10 and the design-partner level. Every other test passes: one bad report never takes the run down.
     */
    static Map<String, Shown> unreadable(String val) {
        Map<String, Shown> tests = withoutSliceChecks(passingExcept(val + "-report", Shown.FAILED,
                SLICE_CHECK_OF.get(val), Shown.FAILED, "VAL25-10", Shown.FAILED, "DESIGN_PARTNER", Shown.FAILED), val);
        METRIC_CHECKS_OF.get(val).forEach(id -> tests.put(id, Shown.FAILED));
        FIGURES_OF.get(val).forEach(id -> tests.put(id, Shown.FAILED));
        return tests;
    }

    /** The passing map with a design-partner failure caused by {@code failing} (VAL25-10 and the level follow). */
    static Map<String, Shown> notReady(String... failing) {
        Map<String, Shown> tests = passingExcept("VAL25-10", Shown.FAILED, "DESIGN_PARTNER", Shown.FAILED);
        for (String id : failing) {
            tests.put(id, Shown.FAILED);
        }
        return tests;
    }
}

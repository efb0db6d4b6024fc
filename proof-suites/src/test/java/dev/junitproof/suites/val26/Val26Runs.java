package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs VAL26 over a fixture and states the outcome maps tests compare against. */
final class Val26Runs {

    static final String TEXT = "val26-proof-report.txt";
    static final String JSON = "val26-proof-report.json";

    private Val26Runs() {
    }

    static ProofRunResult run(Path tmp, HaFixture fixture) {
        return ProofRunner.selectDirectory(fixture.writeTo(tmp.resolve("evidence"))).run(tmp.resolve("out"));
    }

    static String text(ProofRunResult run) {
        return run.report(HaFixture.UNIT, TEXT);
    }

    static JsonNode json(ProofRunResult run) {
        try {
            return new ObjectMapper().readTree(run.report(HaFixture.UNIT, JSON));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String verdict(ProofRunResult run) {
        return json(run).path("verdict").asText();
    }

    static Map<String, Shown> passing() {
        Map<String, Shown> tests = new LinkedHashMap<>();
        for (String val : List.of("VAL13", "VAL14", "VAL15", "VAL16", "VAL17")) {
            tests.put(val + "-report", Shown.PASSED);
            for (int n = 1; n <= 10; n++) {
                tests.put(String.format("%s-%02d", val, n), Shown.PASSED);
            }
        }
        HaFigures.IDS.forEach(id -> tests.put(id, Shown.PASSED));
        tests.put("VAL26-WINDOW", Shown.PASSED);
        for (int n = 1; n <= 10; n++) {
            tests.put(String.format("VAL26-%02d", n), Shown.PASSED);
        }
        tests.put("HA_DESIGN_PARTNER", Shown.PASSED);
        tests.put("HA_GA", Shown.ABORTED);
        tests.put("HA_PUBLIC_PRODUCTION", Shown.ABORTED);
        return tests;
    }

    /** The passing map with entries changed ("VAL26-06", FAILED, ...); a missing slice keeps only its report test. */
    static Map<String, Shown> passingExcept(Object... changes) {
        Map<String, Shown> tests = passing();
        for (int i = 0; i < changes.length; i += 2) {
            tests.put((String) changes[i], (Shown) changes[i + 1]);
        }
        return tests;
    }

    /** Each slice's figure checks. */
    static final Map<String, List<String>> FIGURES_OF = Map.of(
            "VAL13", FailoverFigures.IDS, "VAL14", LagFigures.IDS, "VAL15", BackupFigures.IDS,
            "VAL16", SplitBrainFigures.IDS, "VAL17", QuorumFigures.IDS);

    /**
     * A slice that is MISSING (absent, or degraded by a schema mismatch): only its report test remains of its
     * group, failed; its matrix row, its figure checks and the metric checks that read it fail, and so do VAL26-10
     * and the level.
     */
    static Map<String, Shown> sliceMissing(String val, String sliceCheck, String metrics) {
        Map<String, Shown> expected = metricFails(sliceCheck, val + "-report");
        expected.keySet().removeIf(k -> k.matches(val + "-\\d\\d(#\\d+)?|" + val + "/.*"));
        FIGURES_OF.get(val).forEach(id -> expected.put(id, Shown.FAILED));
        for (String metric : metrics.split(" ")) {
            if (!metric.isBlank()) {
                expected.put(metric, Shown.FAILED);
            }
        }
        return expected;
    }

    /** The changes a failed metric check brings: itself, the summary and the design-partner level. */
    static Map<String, Shown> metricFails(String... checks) {
        Map<String, Shown> tests = passingExcept("VAL26-10", Shown.FAILED, "HA_DESIGN_PARTNER", Shown.FAILED);
        for (String check : checks) {
            tests.put(check, Shown.FAILED);
        }
        return tests;
    }
}

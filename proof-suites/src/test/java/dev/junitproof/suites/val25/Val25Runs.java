package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
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

    /** A slice that is missing shows only its report test. */
    static Map<String, Shown> withoutSliceChecks(Map<String, Shown> tests, String val) {
        tests.keySet().removeIf(k -> k.startsWith(val + "-") && !k.equals(val + "-report"));
        return tests;
    }
}

package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs PIN015 over a fixture and states the outcome maps tests compare against. */
final class Pin015Runs {

    static final String TEXT = "pin015-proof-report.txt";
    static final String JSON = "pin015-proof-report.json";

    private Pin015Runs() {
    }

    static ProofRunResult run(Path tmp, M4Fixture fixture, String... config) {
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        List<String> fixtureConfig = fixture.configuration();
        for (int i = 0; i < fixtureConfig.size(); i += 2) {
            runner.config(fixtureConfig.get(i), fixtureConfig.get(i + 1));
        }
        for (int i = 0; i < config.length; i += 2) {
            runner.config(config[i], config[i + 1]);
        }
        return runner.run(tmp.resolve("out"));
    }

    static String text(ProofRunResult run) {
        return run.report(M4Fixture.UNIT, TEXT);
    }

    static JsonNode json(ProofRunResult run) {
        try {
            return new ObjectMapper().readTree(run.report(M4Fixture.UNIT, JSON));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String verdict(ProofRunResult run) {
        return json(run).path("verdict").asText();
    }

    /** Every PIN015 test in plan order. */
    static List<String> allTests() {
        List<String> ids = new ArrayList<>();
        ids.addAll(PhaseChecks.PHASE_A);
        ids.addAll(PhaseChecks.PHASE_B);
        ids.addAll(PhaseChecks.PHASE_C);
        ids.addAll(PhaseChecks.FAULT_TYPES);
        ids.addAll(List.of(PhaseChecks.GOLDEN_CORRUPTION, PhaseChecks.CPU_MISMATCHES, PhaseChecks.FAULTS_WHOLE,
                PhaseChecks.CPU_REPLAYED));
        ids.addAll(PhaseChecks.PHASE_E);
        ids.addAll(ShadowChecks.ALL);
        ids.addAll(RunbookChecks.IDS);
        ids.add(SignoffCheck.ID);
        ids.addAll(MaturityGates.IDS);
        ids.add(M4Readiness.M4_CERTIFIED);
        return ids;
    }

    /** A certified run: every test passes. */
    static Map<String, Shown> certified() {
        Map<String, Shown> tests = new LinkedHashMap<>();
        allTests().forEach(id -> tests.put(id, Shown.PASSED));
        return tests;
    }

    /** The certified map with the given entries changed ("M4-SH-03", FAILED, ...). */
    static Map<String, Shown> certifiedExcept(Object... changes) {
        Map<String, Shown> tests = certified();
        for (int i = 0; i < changes.length; i += 2) {
            String key = (String) changes[i];
            if (!tests.containsKey(key)) {
                throw new IllegalArgumentException("no test " + key);
            }
            tests.put(key, (Shown) changes[i + 1]);
        }
        return tests;
    }

    /**
     * The seed's own state: phases A–E pass; the shadow run's completion and its three counts wait (its log, its
     * golden files and its planned duration are sound already); the runbook's items and the sign-off wait (the
     * item list is whole); so do gates M4-07..09.
     */
    static Map<String, Shown> seedInProgress() {
        Map<String, Shown> tests = certified();
        List.of(ShadowChecks.COMPLETED, ShadowChecks.CYCLES, ShadowChecks.MISMATCHES, ShadowChecks.GOLDEN)
                .forEach(id -> tests.put(id, Shown.ABORTED));
        RunbookChecks.ITEM_IDS.forEach(id -> tests.put(id, Shown.ABORTED));
        tests.put(SignoffCheck.ID, Shown.ABORTED);
        tests.put("M4-07", Shown.ABORTED);
        tests.put("M4-08", Shown.ABORTED);
        tests.put("M4-09", Shown.ABORTED);
        tests.put(M4Readiness.M4_CERTIFIED, Shown.FAILED);
        return tests;
    }
}

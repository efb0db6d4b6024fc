package dev.junitproof.suites.val24;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the proof engine on a generated soak and reads back what VAL24 did. */
final class Val24Runs {

    static final String UNIT = "val24-relay-soak-2026-03-01";

    private Val24Runs() {
    }

    static ProofRunResult run(SoakFixture fixture, Path temp, String... config) {
        Path soak = fixture.writeTo(temp.resolve("evidence"));
        ProofRunner runner = ProofRunner.selectDirectory(soak);
        for (int i = 0; i + 1 < config.length; i += 2) {
            runner.config(config[i], config[i + 1]);
        }
        return runner.run(temp.resolve("out"));
    }

    /** The ten matrix checks' outcomes, in order. */
    static Map<String, ProofRunResult.Shown> matrix(ProofRunResult result) {
        Map<String, ProofRunResult.Shown> matrix = new LinkedHashMap<>();
        Map<String, ProofRunResult.Shown> tests = result.tests("VAL24");
        for (String id : Val24Checks.IDS) {
            matrix.put(id, tests.get(id));
        }
        return matrix;
    }

    /** An expected matrix from a compact string: {@code "PPPPPAAAAA"} (P passed, F failed, A aborted). */
    static Map<String, ProofRunResult.Shown> expect(String code) {
        Map<String, ProofRunResult.Shown> expected = new LinkedHashMap<>();
        for (int i = 0; i < Val24Checks.IDS.size(); i++) {
            char c = code.charAt(i);
            expected.put(Val24Checks.IDS.get(i), c == 'P' ? ProofRunResult.Shown.PASSED
                    : c == 'F' ? ProofRunResult.Shown.FAILED : ProofRunResult.Shown.ABORTED);
        }
        return expected;
    }
}

package dev.junitproof.suites.pin015;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.junitproof.suites.hostile.FuzzedEvidence;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of PIN015's evidence reading: the fuzzer's bytes become the Phase B determinism report
 * of an otherwise certified M4 unit and the whole engine runs on it. Regression inputs:
 * {@code Pin015EvidenceFuzzTestInputs/phaseBDeterminism/}; {@code -Pfuzz} explores (docs/fuzzing.md).
 */
class Pin015EvidenceFuzzTest {

    @TempDir
    static Path tmp;

    private static Path unit;
    private static List<String> configuration;

    @FuzzTest(maxDuration = "5m")
    void phaseBDeterminism(byte[] fuzzed) throws Exception {
        if (unit == null) {
            M4Fixture fixture = M4Fixture.certified();
            unit = fixture.writeTo(tmp.resolve("evidence"));
            configuration = fixture.configuration();
        }
        Files.write(unit.resolve(M4Files.PHASE_B), fuzzed);
        Path out = tmp.resolve("out");
        FuzzedEvidence.deleteTree(out);
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        for (int i = 0; i < configuration.size(); i += 2) {
            runner.config(configuration.get(i), configuration.get(i + 1));
        }

        ProofRunResult run = runner.run(out);

        FuzzedEvidence.check(run, "PIN015", fuzzed, Pin015HostileEvidenceTest.phaseBMissing(), M4Fixture.UNIT,
                Pin015Runs.TEXT, Pin015Runs.JSON);
    }
}

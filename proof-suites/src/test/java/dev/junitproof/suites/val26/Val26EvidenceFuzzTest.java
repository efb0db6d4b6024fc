package dev.junitproof.suites.val26;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.junitproof.suites.hostile.FuzzedEvidence;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of VAL26's evidence reading: the fuzzer's bytes become the VAL17 report of an otherwise
 * passing unit and the whole engine runs on it. Regression inputs: {@code Val26EvidenceFuzzTestInputs/val17Report/};
 * {@code -Pfuzz} explores (docs/fuzzing.md).
 */
class Val26EvidenceFuzzTest {

    private static final String FILE = "val17-report.json";

    @TempDir
    static Path tmp;

    private static Path unit;

    @FuzzTest(maxDuration = "5m")
    void val17Report(byte[] fuzzed) throws Exception {
        if (unit == null) {
            unit = HaFixture.passing().writeTo(tmp.resolve("evidence"));
        }
        Files.write(unit.resolve(FILE), fuzzed);
        Path out = tmp.resolve("out");
        FuzzedEvidence.deleteTree(out);

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(out);

        var unreadable = Val26Runs.sliceMissing("VAL17", "VAL26-05", "VAL26-09");
        FuzzedEvidence.check(run, "VAL26", fuzzed, unreadable, HaFixture.UNIT, Val26Runs.TEXT, Val26Runs.JSON);
        // A report the slice test rejects (unreadable, or its check list incomplete) never lets its matrix row,
        // the summary or the level pass.
        if (run.outcome("VAL17-report") != Shown.PASSED) {
            assertThat(run.tests()).containsEntry("VAL26-05", Shown.FAILED).containsEntry("VAL26-10", Shown.FAILED)
                    .containsEntry("HA_DESIGN_PARTNER", Shown.FAILED);
        }
    }
}

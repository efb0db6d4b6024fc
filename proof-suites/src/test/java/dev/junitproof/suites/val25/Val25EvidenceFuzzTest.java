package dev.junitproof.suites.val25;

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
 * Coverage-guided fuzzing of VAL25's evidence reading: the fuzzer's bytes become the VAL10 report of an otherwise
 * passing unit, and the whole engine runs on it (reader, parser, schemas, binding, checks, reports). Regression
 * inputs live in {@code Val25EvidenceFuzzTestInputs/val10Report/}; {@code -Pfuzz} explores (docs/fuzzing.md).
 */
class Val25EvidenceFuzzTest {

    private static final String FILE = "val10-report.json";

    @TempDir
    static Path tmp;

    private static Path unit;

    @FuzzTest(maxDuration = "5m")
    void val10Report(byte[] fuzzed) throws Exception {
        if (unit == null) {
            unit = FleetFixture.passing().writeTo(tmp.resolve("evidence"));
        }
        Files.write(unit.resolve(FILE), fuzzed);
        Path out = tmp.resolve("out");
        FuzzedEvidence.deleteTree(out);

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(out);

        FuzzedEvidence.check(run, "VAL25", fuzzed, Val25Runs.unreadable("VAL10"), FleetFixture.UNIT,
                Val25Runs.TEXT, Val25Runs.JSON);
        // A report the slice test rejects (unreadable, or its check list incomplete) never lets its matrix row,
        // the summary or the level pass.
        if (run.outcome("VAL10-report") != Shown.PASSED) {
            assertThat(run.tests()).containsEntry("VAL25-04", Shown.FAILED).containsEntry("VAL25-10", Shown.FAILED)
                    .containsEntry("DESIGN_PARTNER", Shown.FAILED);
        }
    }
}

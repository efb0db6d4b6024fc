package dev.junitproof.suites.val27;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.junitproof.suites.hostile.FuzzedEvidence;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.junitproof.suites.val27.RelaySlice.VAL22;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of VAL27's evidence reading: the fuzzer's bytes become the VAL22 summary of an otherwise
 * passing campaign (its file time kept at the campaign's) and the whole engine runs on the evidence root.
 * Regression inputs: {@code Val27EvidenceFuzzTestInputs/val22Summary/}; {@code -Pfuzz} explores (docs/fuzzing.md).
 */
class Val27EvidenceFuzzTest {

    private static final String DIR = RelayFixture.dirName(VAL22, RelayFixture.DATE);
    private static final String FILE = DIR + "/" + VAL22.file();

    @TempDir
    static Path tmp;

    private static Path root;

    @FuzzTest(maxDuration = "5m")
    void val22Summary(byte[] fuzzed) throws Exception {
        if (root == null) {
            root = RelayFixture.passing().writeTo(tmp.resolve(Val27Runs.ROOT));
        }
        Path file = root.resolve(FILE);
        Files.write(file, fuzzed);
        JsonFixtures.touch(file, RelayFixture.CAMPAIGN);
        JsonFixtures.touch(root.resolve(DIR), RelayFixture.CAMPAIGN);
        Path out = tmp.resolve("out");
        FuzzedEvidence.deleteTree(out);

        ProofRunResult run = ProofRunner.selectDirectory(root).run(out);

        FuzzedEvidence.check(run, "VAL27", fuzzed, Val27HostileEvidenceTest.missing(), Val27Runs.ROOT,
                Val27Runs.TEXT, Val27Runs.JSON);
        // A report the slice test rejects (unreadable, or its check list incomplete) never lets its matrix row,
        // the summary or the level pass.
        if (run.outcome("VAL22-report") != Shown.PASSED) {
            assertThat(run.tests()).containsEntry("VAL27-04", Shown.FAILED).containsEntry("VAL27-10", Shown.FAILED)
                    .containsEntry("RELAY_DESIGN_PARTNER", Shown.FAILED);
        }
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed VAL07–VAL11 sample (README's main command) is exactly what the generator writes, and it is
 * design-partner ready. Regenerate with {@code FleetFixture.main}.
 */
class Val25SampleEvidenceTest {

    static final Path SAMPLE = Path.of("..", "examples", "evidence", FleetFixture.UNIT);

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites(@TempDir Path tmp) throws IOException {
        Path generated = FleetFixture.passing().writeTo(tmp);

        for (String val : List.of("val07", "val08", "val09", "val10", "val11")) {
            String file = val + "-report.json";
            assertThat(Files.readString(SAMPLE.resolve(file)))
                    .as("examples/evidence/%s/%s (regenerate with FleetFixture.main)", FleetFixture.UNIT, file)
                    .isEqualTo(Files.readString(generated.resolve(file)));
        }
    }

    @Test
    void theSampleIsDesignPartnerReady(@TempDir Path tmp) {
        ProofRunResult run = ProofRunner.selectDirectory(SAMPLE).run(tmp);

        // The unit's approvals.json is VAL26's: valid, so VAL25-APPROVALS passes, and no VAL25 level moves.
        java.util.Map<String, ProofRunResult.Shown> expected = new java.util.LinkedHashMap<>(Val25Runs.passing());
        expected.put("VAL25-APPROVALS", ProofRunResult.Shown.PASSED);
        assertThat(run.tests("VAL25")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(run.report(FleetFixture.UNIT, Val25Runs.TEXT)).contains("Verdict: DESIGN PARTNER READY");
    }
}

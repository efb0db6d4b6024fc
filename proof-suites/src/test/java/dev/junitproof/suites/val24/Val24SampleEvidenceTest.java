package dev.junitproof.suites.val24;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.junitproof.suites.val24.Val24Runs.expect;
import static dev.junitproof.suites.val24.Val24Runs.matrix;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's sample soak ({@code examples/evidence/val24-relay-soak-2026-03-01/}): a two-day rehearsal soak
 * (rounds_target 96) that passes Gate D. It is exactly what the generator writes, so the two never drift;
 * regenerate with {@code -Dval24.sample.regenerate=true}.
 */
class Val24SampleEvidenceTest {

    static final Path SAMPLE = Path.of("..", "examples", "evidence", Val24Runs.UNIT);

    static SoakFixture sample() {
        // Three days of a 30-day soak: what is due passes, the rest is pending; Gate D cannot be claimed yet.
        return SoakFixture.seedSample().rounds(144);
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites(@TempDir Path temp) throws IOException {
        if (Boolean.getBoolean("val24.sample.regenerate")) {
            sample().writeTo(SAMPLE.getParent());
        }
        Path generated = sample().writeTo(temp);
        List<String> expected = files(generated);
        assertThat(files(SAMPLE)).isEqualTo(expected);
        for (String file : expected) {
            assertThat(Files.readString(SAMPLE.resolve(file))).as(file).isEqualTo(Files.readString(generated.resolve(file)));
        }
    }

    /**
     * Run over a copy: evidence is only read unless write-back is asked for, and a build whose write-back were on by
     * mistake (as a PIT mutant once made it) must fail here, not write reports into the committed sample.
     */
    @Test
    void theSampleIsASoakInProgressWithNothingFailedAndIsLeftUntouched(@TempDir Path temp) throws IOException {
        Path copy = temp.resolve("evidence").resolve(Val24Runs.UNIT);
        for (String file : files(SAMPLE)) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(SAMPLE.resolve(file), copy.resolve(file));
        }

        ProofRunResult result = ProofRunner.selectDirectory(copy).run(temp.resolve("out"));

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAAAA"));
        assertThat(result.count(ProofRunResult.Shown.FAILED)).isZero();
        assertThat(result.report(Val24Runs.UNIT, "val24-daily.json")).contains("\"verdict\": \"IN PROGRESS\"");
        assertThat(files(copy)).isEqualTo(files(SAMPLE));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}

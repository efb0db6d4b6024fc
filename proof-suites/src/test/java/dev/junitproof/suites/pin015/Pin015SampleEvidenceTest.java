package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample {@code examples/evidence/m4-validation-2025-12-03/} is exactly what the generator writes
 * ({@link M4Fixture#certified()}). It proves M4 CERTIFIED with the documented lowered thresholds (the README's
 * command passes them), saying so in its report, and M4 NOT CERTIFIED without them. Regenerate with
 * {@code M4Fixture.main}.
 */
class Pin015SampleEvidenceTest {

    static final Path EVIDENCE_ROOT = Path.of("..", "examples", "evidence");
    static final Path SAMPLE = EVIDENCE_ROOT.resolve(M4Fixture.UNIT);

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites(@TempDir Path tmp) {
        Path generated = M4Fixture.certified().writeTo(tmp);

        assertThat(files(SAMPLE)).as("examples/evidence/%s (regenerate with M4Fixture.main)", M4Fixture.UNIT)
                .containsExactlyEntriesOf(files(generated));
    }

    @Test
    void theEvidenceRootProvesTheSampleCertifiedWithTheDocumentedLoweredThresholdsSaid(@TempDir Path tmp) {
        ProofRunResult run = ProofRunner.selectDirectory(EVIDENCE_ROOT)
                .config("proof.pin015.min-cycles", "4").config("proof.pin015.min-golden-files", "8").run(tmp);

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certified());
        String text = run.report(M4Fixture.UNIT, Pin015Runs.TEXT);
        assertThat(text).contains("**Thresholds:** LOWERED: total cycles ≥4, golden files >7 (seed: total cycles ≥2500, "
                + "golden files >20000), from proof.pin015.min-cycles=4; proof.pin015.min-golden-files=8");
        assertThat(text).contains("Verdict: M4 CERTIFIED");
    }

    @Test
    void withoutTheParametersTheSampleIsHeldToTheSeedsThresholds(@TempDir Path tmp) {
        ProofRunResult run = ProofRunner.selectDirectory(EVIDENCE_ROOT).run(tmp);

        assertThat(run.report(M4Fixture.UNIT, Pin015Runs.TEXT)).contains("Verdict: M4 NOT CERTIFIED");
    }

    /** Relative path → content of every file under a directory. */
    private static Map<String, String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> files = new TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample evidence root ({@code examples/evidence/}, the README's main command) is exactly what the
 * generator writes, so the two never drift, and it proves the relay Design Partner ready whatever the soak next
 * to it holds (none, or one still running). Git keeps no mtimes: after a clone every sample file has the checkout
 * time, which is one campaign, so the sample passes as committed. Regenerate with {@code RelayFixture.main}.
 */
class SampleEvidenceTest {

    static final Path SAMPLE = Path.of("..", "examples", "evidence");

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites(@TempDir Path tmp) throws IOException {
        Path generated = RelayFixture.passing().writeTo(tmp.resolve("generated"));

        for (String dir : RelayFixture.sliceDirNames()) {
            List<Path> expected = files(generated.resolve(dir));
            assertThat(files(SAMPLE.resolve(dir))).as("files of %s", dir).isEqualTo(expected);
            for (Path file : expected) {
                assertThat(Files.readString(SAMPLE.resolve(dir).resolve(file)))
                        .as("examples/evidence/%s/%s (regenerate with RelayFixture.main)", dir, file)
                        .isEqualTo(Files.readString(generated.resolve(dir).resolve(file)));
            }
        }
    }

    @Test
    void theSampleIsDesignPartnerReady(@TempDir Path tmp) {
        ProofRunResult run = ProofRunner.selectDirectory(SAMPLE).run(tmp);

        Map<String, Shown> expected = Val27Runs.passing();
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(run.report("evidence", Val27Runs.TEXT)).contains("Verdict: RELAY DESIGN PARTNER READY");
    }

    @Test
    void theSampleReadsFineNextToASoakStillRunningAndWithFreshCheckoutTimes(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("evidence");
        for (String dir : RelayFixture.sliceDirNames()) {
            for (Path file : files(SAMPLE.resolve(dir))) {
                // Copied without attributes: every file gets "now", as after a git clone.
                Files.createDirectories(root.resolve(dir).resolve(file).getParent());
                Files.copy(SAMPLE.resolve(dir).resolve(file), root.resolve(dir).resolve(file));
            }
        }
        Val27Runs.copyVal24SampleSoak(root);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(run.message("VAL27-SOAK")).startsWith("PENDING:");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}

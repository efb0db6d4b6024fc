package dev.junitproof.engine;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An evidence path that exists but cannot hold evidence is a failing test naming it, so a run that proves nothing
 * because of it is not green; other selections still prove, and a path that does not exist stays a warning.
 */
class UnusableEvidenceTest {

    @TempDir
    Path tmp;

    @Test
    void aFileSelectedBesideAGoodUnitFailsAloneAndTheUnitIsStillProved() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        Path file = Files.writeString(tmp.resolve("demo-lab-2026-03-24"), "{}");

        ProofRunResult run = ProofRunner.selectDirectory(unit).select(DiscoverySelectors.selectDirectory(file.toString()))
                .run(tmp.resolve("out"));

        assertThat(run.outcome(file.toString())).isEqualTo(Shown.FAILED);
        assertThat(run.message(file.toString())).startsWith("evidence path " + file + " is a file, not a directory");
        assertThat(run.count(Shown.FAILED)).isEqualTo(1);
        assertThat(run.count(Shown.PASSED)).isPositive();
        assertThat(run.unsuccessfulContainers()).isEmpty();
    }

    @Test
    void aFifoNamedByProofEvidenceFailsWithoutBeingOpened() throws Exception {
        Path fifo = tmp.resolve("evidence");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        assumeTrue(made, "mkfifo is available");

        ProofRunResult run = ProofRunner.withoutSelectors().config("proof.evidence", fifo.toString()).run(tmp.resolve("out"));

        assertThat(run.tests()).containsOnlyKeys(fifo.toString());
        assertThat(run.message(fifo.toString())).isEqualTo("evidence path " + fifo
                + " is a FIFO, device or socket, not a directory: nothing can be proved"
                + " from it. Name the directory that holds the evidence (a lab run's directory, or the root above it).");
    }

    @Test
    void aPathThatDoesNotExistIsAFailingTestNamingIt() {
        Path absent = tmp.resolve("absent");
        ProofRunResult run = ProofRunner.withoutSelectors().config("proof.evidence", absent.toString())
                .run(tmp.resolve("out"));

        assertThat(run.tests()).containsOnly(java.util.Map.entry(absent.toString(), ProofRunResult.Shown.FAILED));
        assertThat(run.message(absent.toString())).isEqualTo("evidence directory " + absent + " does not exist: nothing "
                + "can be proved from it. Name a lab run's directory or the evidence root above it.");
    }

    @Test
    void aSelectedDirectoryThatDoesNotExistFailsWhileTheOthersAreProved() throws Exception {
        Path absent = tmp.resolve("absent");
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");

        // As the console launcher selects it (--select-directory=PATH): by name, whether or not it exists.
        ProofRunResult run = ProofRunner.selectDirectory(unit)
                .select(DiscoverySelectors.selectDirectory(absent.toString())).run(tmp.resolve("out"));

        assertThat(run.outcome(absent.toString())).isEqualTo(ProofRunResult.Shown.FAILED);
        assertThat(run.outcome("DEMO-01")).isEqualTo(ProofRunResult.Shown.PASSED);
    }
}

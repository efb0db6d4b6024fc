package dev.junitproof.engine;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * The path from engine to listener keeps nothing: a run without the report listener (EngineTestKit) leaves no
 * open run and its parsed evidence unreachable; a run with it hands the listener the run and closes it too.
 */
class RunChannelTest {

    @TempDir
    Path tmp;

    @Test
    void aRunWithoutTheListenerLeavesNothingReachable() {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        EngineTestKit.engine("proof").selectors(selectDirectory(unit.toFile())).execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(4));

        assertThat(RunChannel.openRuns()).isZero();
        assertThat(collected(DemoSuite.lastProof)).as("the finished run's proof (its parsed evidence) is collectable").isTrue();
    }

    @Test
    void aRunWithTheListenerWritesItsReportsAndClosesToo() {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(result.report("demo-lab-2026-03-23", "demo-proof-report.txt")).contains("Verdict: PARTNER READY");
        assertThat(RunChannel.openRuns()).isZero();
        assertThat(collected(DemoSuite.lastProof)).isTrue();
    }

    @Test
    void aTokenThatIsNotOpenTakesNoSink() {
        RunChannel.attach("run-0-0", run -> java.util.List.of("never called"));

        assertThat(RunChannel.openRuns()).isZero();
    }

    /**
     * Whether the referent is collected after a few explicit collections (HotSpot clears weak references at once).
     * The test-only recording observer keeps every event it saw, with its check: that is the test's, not the
     * engine's, so it is let go first.
     */
    private static boolean collected(java.lang.ref.WeakReference<?> reference) {
        RecordingObserver.LOG.clear();
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
        }
        return reference.get() == null;
    }
}

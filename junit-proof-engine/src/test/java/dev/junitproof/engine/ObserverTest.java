package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.observe.LevelEvent;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.ReadinessStatus;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/** The {@link dev.junitproof.api.observe.CheckObserver} wiring, seen through the test-only {@link RecordingObserver}. */
class ObserverTest {

    private static final String UNIT = "demo-lab-2026-03-23";

    @TempDir
    Path tmp;

    @Test
    void everyCheckAndLevelIsObservedWithItsSuiteGroupFindingsAndEvidenceFile() throws Exception {
        Path unit = DemoEvidence.passing().p99(600).writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        List<RecordingObserver.Observed> observed = RecordingObserver.of(unit);
        assertThat(observed).extracting(RecordingObserver.Observed::id)
                .containsExactly("DEMO-01", "DEMO-02", "DEMO-03", "PARTNER", "GA");

        CheckEvent latency = (CheckEvent) observed.get(0).event();
        assertThat(latency.run().suiteId()).isEqualTo("DEMO");
        assertThat(latency.run().suiteTitle()).isEqualTo("DEMO Proof");
        assertThat(latency.run().evidenceUnit()).isAbsolute();
        assertThat(latency.run().evidenceUnit().toRealPath()).isEqualTo(unit.toRealPath());
        assertThat(latency.group()).isEqualTo("Inputs");
        assertThat(latency.matrix()).isFalse();
        assertThat(latency.readinessGating()).isFalse();
        assertThat(latency.check().id()).isEqualTo("DEMO-01");
        assertThat(latency.check().title()).isEqualTo("Latency: p99 <= 500ms");
        assertThat(latency.outcome()).isInstanceOf(CheckOutcome.Failed.class);
        assertThat(latency.outcome().findings().measured()).isEqualTo("600.0 ms");
        assertThat(latency.outcome().findings().target()).isEqualTo("<= 500 ms");
        assertThat(latency.outcome().findings().source().toString()).isEqualTo("demo.json /latency/p99_ms");
        Path demoJson = unit.toRealPath().resolve("demo.json");
        assertThat(latency.evidenceFile()).hasValueSatisfying(file -> assertThat(file).isAbsolute().isEqualTo(demoJson));

        CheckEvent summary = (CheckEvent) observed.get(2).event();
        assertThat(summary.group()).isEqualTo("Check matrix");
        assertThat(summary.matrix()).isTrue();
        assertThat(summary.readinessGating()).isTrue();
        assertThat(summary.outcome().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(summary.evidenceFile()).as("a check without a source names no file").isEmpty();

        LevelEvent partner = (LevelEvent) observed.get(3).event();
        assertThat(partner.group()).isEqualTo("Readiness levels");
        assertThat(partner.level().title()).isEqualTo("Partner ready");
        assertThat(partner.result().status()).isEqualTo(ReadinessStatus.NOT_READY);
        assertThat(partner.run()).isEqualTo(latency.run());
        LevelEvent ga = (LevelEvent) observed.get(4).event();
        assertThat(ga.result().status()).isEqualTo(ReadinessStatus.NOT_YET);
    }

    @Test
    void aPendingCheckIsObservedAsPendingAndStillAborted() {
        Path unit = DemoEvidence.passing().pending().writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        CheckEvent due = (CheckEvent) RecordingObserver.of(unit).get(1).event();
        assertThat(due.outcome()).isInstanceOf(CheckOutcome.Pending.class);
        assertThat(due.outcome().message()).isEqualTo("due on day 7");
        assertThat(result.outcome("DEMO-02")).isEqualTo(Shown.ABORTED);
    }

    @Test
    void anEvidenceFileThatIsNotThereIsNotOffered() throws Exception {
        Path unit = Files.createDirectories(tmp.resolve(UNIT));

        ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        CheckEvent latency = (CheckEvent) RecordingObserver.of(unit).get(0).event();
        assertThat(latency.outcome().findings().source().file()).isEqualTo("demo.json");
        assertThat(latency.evidenceFile()).isEmpty();
    }

    @Test
    void observersAreCalledOnTheTestsOwnThreadBetweenItsStartAndFinish() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        RecordingObserver.LOG.removeIf(String.class::isInstance);
        TestExecutionListener events = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                if (id.isTest()) {
                    RecordingObserver.LOG.add("started " + last(id) + " on " + Thread.currentThread().getName());
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    RecordingObserver.LOG.add("finished " + last(id) + " on " + Thread.currentThread().getName());
                }
            }
        };

        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(unit.toFile()))
                .filters(includeEngines("proof"))
                .configurationParameters(Map.of(
                        "proof.output.dir", tmp.resolve("out").toString(),
                        "proof.report.print", "false",
                        "junit.platform.execution.parallel.enabled", "true"))
                .build(), events);

        List<String> log;
        synchronized (RecordingObserver.LOG) {
            log = RecordingObserver.LOG.stream().map(e -> e instanceof RecordingObserver.Observed o
                    ? (real(o.unit()).equals(real(unit)) ? "observed " + o.id() + " on " + o.thread() : "") : (String) e)
                    .filter(s -> !s.isEmpty()).toList();
        }
        for (String id : List.of("DEMO-01", "DEMO-02", "DEMO-03", "PARTNER", "GA")) {
            String started = log.stream().filter(s -> s.startsWith("started " + id + " on ")).findFirst().orElseThrow();
            String thread = started.substring(("started " + id + " on ").length());
            assertThat(log).containsSubsequence(started, "observed " + id + " on " + thread,
                    "finished " + id + " on " + thread);
        }
    }

    @Test
    void anObserverThatThrowsChangesNoOutcomeAndStopsNoOtherObserver() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProofRunResult result;
        ThrowingObserver.enabled = true;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
        } finally {
            ThrowingObserver.enabled = false;
            System.setErr(original);
        }

        assertThat(result.tests()).containsExactly(
                entry("DEMO-01", Shown.PASSED),
                entry("DEMO-02", Shown.PASSED),
                entry("DEMO-03", Shown.PASSED),
                entry("PARTNER", Shown.PASSED),
                entry("GA", Shown.ABORTED));
        assertThat(RecordingObserver.of(unit)).hasSize(5);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("[proof] check observer dev.junitproof.engine.ThrowingObserver failed on DEMO-01 (the outcome stands)")
                .contains("observer broke on DEMO-01")
                .contains("failed on GA (the outcome stands): java.lang.NoClassDefFoundError");
    }

    private static String last(TestIdentifier id) {
        return id.getUniqueIdObject().getLastSegment().getValue();
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}

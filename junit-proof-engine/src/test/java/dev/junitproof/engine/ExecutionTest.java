package dev.junitproof.engine;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

class ExecutionTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(DemoEvidence evidence) {
        Path unit = evidence.writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        return ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
    }

    @Test
    void passingEvidencePassesEveryCheckAndAbortsTheUnreachableLevel() {
        ProofRunResult result = run(DemoEvidence.passing());

        assertThat(result.tests()).containsExactly(
                entry("DEMO-01", Shown.PASSED),
                entry("DEMO-02", Shown.PASSED),
                entry("DEMO-03", Shown.PASSED),
                entry("PARTNER", Shown.PASSED),
                entry("GA", Shown.ABORTED));
        assertThat(result.message("GA")).contains("not reachable with this evidence", "External security audit");
    }

    @Test
    void anAnchorWhoseEvidenceDirectoryDoesNotExistFailsNamingThePath() {
        Path absent = tmp.resolve("absent");

        ProofRunResult result = ProofRunner.selectClass(AnchoredDemoProof.class)
                .config("proof.evidence", absent.toString()).run(tmp.resolve("out"));

        assertThat(result.tests()).isEmpty();
        assertThat(result.message("dev.junitproof.engine.AnchoredDemoProof")).isEqualTo(
                "@ProofEvidence on dev.junitproof.engine.AnchoredDemoProof: evidence directory " + absent.toAbsolutePath()
                        + " does not exist (set proof.evidence or fix the annotation)");
    }

    @Test
    void aValueExactlyAtTheTargetPasses() {
        assertThat(run(DemoEvidence.passing().p99(500.0)).outcome("DEMO-01")).isEqualTo(Shown.PASSED);
    }

    @Test
    void aValueJustPastTheTargetFailsSayingMeasuredTargetAndSource() {
        ProofRunResult result = run(DemoEvidence.passing().p99(500.1));

        assertThat(result.tests()).containsExactly(
                entry("DEMO-01", Shown.FAILED),
                entry("DEMO-02", Shown.PASSED),
                entry("DEMO-03", Shown.FAILED),
                entry("PARTNER", Shown.FAILED),
                entry("GA", Shown.ABORTED));
        assertThat(result.message("DEMO-01")).contains(
                "DEMO-01 Latency: p99 <= 500ms failed",
                "measured: 500.1 ms",
                "target:   <= 500 ms",
                "source:   demo.json /latency/p99_ms");
        assertThat(result.message("PARTNER")).contains("not met", "DEMO-01 and DEMO-03 pass");
    }

    @Test
    void aCheckNotYetDueIsAbortedAsPendingNeverPassed() {
        ProofRunResult result = run(DemoEvidence.passing().pending());

        assertThat(result.outcome("DEMO-02")).isEqualTo(Shown.ABORTED);
        assertThat(result.message("DEMO-02")).isEqualTo("PENDING: due on day 7");
    }

    @Test
    void aSchemaMismatchNamesFileAndPointerAndTheRunGoesOn() {
        ProofRunResult result = run(DemoEvidence.passing().samples("twenty"));

        assertThat(result.outcome("DEMO-01")).isEqualTo(Shown.FAILED);
        assertThat(result.message("DEMO-01")).contains("demo.json: /latency/samples must be an integer, found string");
        assertThat(result.outcome("DEMO-02")).isEqualTo(Shown.PASSED);
    }

    @Test
    void aTimestampWithoutOffsetIsASchemaMismatch() {
        ProofRunResult result = run(DemoEvidence.passing().generatedAt("2026-03-23T10:15:02"));

        // Said once: which field, what it must be, what it was.
        assertThat(result.message("DEMO-01")).contains("demo.json: /generated_at must be an RFC 3339 date-time with "
                + "an offset (e.g. 2026-03-23T10:15:02Z), found \"2026-03-23T10:15:02\"")
                .doesNotContain("pattern");
    }

    @Test
    void aMissingFileFailsItsChecksWithoutAbortingTheRun() throws Exception {
        Path unit = Files.createDirectories(tmp.resolve("demo-lab-2026-03-23"));

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(result.outcome("DEMO-01")).isEqualTo(Shown.FAILED);
        assertThat(result.message("DEMO-01")).contains("demo.json not found");
        // Required evidence that is absent fails what needs it, and the coverage row shows that check's outcome.
        assertThat(result.report("demo-lab-2026-03-23", "demo-proof-report.json"))
                .contains("\"status\": \"FAIL\"").doesNotContain("\"status\": \"MISSING\"");
    }

    @Test
    void checksAreRegisteredDynamicallyWithAFileSourceAtTheFieldTheyRead() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        List<String> lines = Files.readAllLines(unit.resolve("demo.json"));
        int p99Line = lines.indexOf(lines.stream().filter(l -> l.contains("p99_ms")).findFirst().orElseThrow()) + 1;

        EngineExecutionResults results = EngineTestKit.engine("proof").selectors(selectDirectory(unit.toFile())).execute();

        results.testEvents().assertStatistics(stats -> stats.dynamicallyRegistered(5).started(5).succeeded(4).aborted(1));
        FileSource source = (FileSource) results.testEvents().started().list().get(0)
                .getTestDescriptor().getSource().orElseThrow();
        assertThat(source.getFile().toPath()).isEqualTo(unit.toRealPath().resolve("demo.json"));
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(p99Line);
    }

    @Test
    void eachCheckPublishesMeasuredTargetAndSource() {
        ProofRunResult result = run(DemoEvidence.passing());

        Map<String, String> entry = result.entries("DEMO-01").get(0).getKeyValuePairs();
        assertThat(entry).contains(
                entry("proof.status", "PASS"),
                entry("proof.measured", "24.1 ms"),
                entry("proof.target", "<= 500 ms"),
                entry("proof.source", "demo.json /latency/p99_ms"));
    }

    @Test
    void displayNamesReadLikeTheMatrixRow() {
        ProofRunResult result = run(DemoEvidence.passing());

        assertThat(result.displayName("DEMO-01")).isEqualTo("DEMO-01 Latency: p99 <= 500ms");
        assertThat(result.displayName("matrix")).isEqualTo("Check matrix");
    }

    @Test
    void theLongNamingStrategyPutsTheGroupInFrontOfTheCheck() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");

        ProofRunResult result = ProofRunner.selectDirectory(unit).config("proof.naming-strategy", "long").run(tmp.resolve("out"));

        assertThat(result.displayName("DEMO-01")).isEqualTo("Inputs – DEMO-01 Latency: p99 <= 500ms");
        assertThat(result.identifier("DEMO-01").getLegacyReportingName()).isEqualTo("Inputs – DEMO-01 Latency: p99 <= 500ms");
    }

    @Test
    void parallelExecutionGivesTheSameOutcomes() {
        Path unit = DemoEvidence.passing().p99(600).writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        ProofRunResult result = ProofRunner.selectDirectory(unit)
                .config("junit.platform.execution.parallel.enabled", "true")
                .run(tmp.resolve("out"));

        assertThat(result.tests()).containsOnly(
                entry("DEMO-01", Shown.FAILED),
                entry("DEMO-02", Shown.PASSED),
                entry("DEMO-03", Shown.FAILED),
                entry("PARTNER", Shown.FAILED),
                entry("GA", Shown.ABORTED));
    }
}

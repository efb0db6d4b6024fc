package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class ReportListenerTest {

    private static final String UNIT = "demo-lab-2026-03-23";

    @TempDir
    Path tmp;

    @Test
    void writesTheTextReportAndTheContractJson() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(result.report(UNIT, "demo-proof-report.txt")).isEqualTo("""
                DEMO Proof Report
                Generated: 2026-03-23T12:00:00Z
                  DEMO-01 PASS
                  DEMO-02 PASS
                  DEMO-03 PASS
                Verdict: PARTNER READY
                """);
        JsonNode json = new ObjectMapper().readTree(result.report(UNIT, "demo-proof-report.json"));
        assertThat(json.path("schema").asText()).isEqualTo("proof-report/v1");
        assertThat(json.path("suite").asText()).isEqualTo("DEMO");
        assertThat(json.path("generated_at").asText()).isEqualTo("2026-03-23T12:00:00Z");
        assertThat(json.path("verdict").asText()).isEqualTo("PARTNER READY");
        // Every judged check, the matrix marked: DEMO-01 is a slice check the matrix rests on.
        assertThat(json.path("checks").findValuesAsText("id")).containsExactly("DEMO-01", "DEMO-02", "DEMO-03");
        assertThat(json.path("checks").findValuesAsText("matrix")).containsExactly("false", "true", "true");
        assertThat(json.path("checks").get(2).path("criterion").asText()).isEqualTo("DEMO-01 PASS");
        assertThat(json.path("readiness").get(1).path("status").asText()).isEqualTo("NOT_YET");
        assertThat(json.path("readiness").get(1).path("unmet").get(0).asText()).isEqualTo("External security audit");
        byte[] evidence = Files.readAllBytes(unit.resolve("demo.json"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(evidence));
        assertThat(json.path("evidence").get(0).path("sha256").asText()).isEqualTo(sha);
        assertThat(json.path("evidence").get(0).path("bytes").asLong()).isEqualTo(evidence.length);
        try (var left = Files.list(tmp.resolve("out").resolve(UNIT))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("demo-proof-report.txt", "demo-proof-report.json", "demo-proof-report.md",
                            "demo-latency.png");
        }
    }

    @Test
    void writesAMarkdownSummaryWithTheMatrixReadinessAndFailingChecks() {
        Path unit = DemoEvidence.passing().p99(612.5).writeTo(tmp.resolve("evidence"), UNIT);

        String md = ProofRunner.selectDirectory(unit).run(tmp.resolve("out")).report(UNIT, "demo-proof-report.md");

        assertThat(md).startsWith("## DEMO Proof — NOT READY\n");
        // The header counts the matrix: DEMO-02 passes, DEMO-03 fails.
        assertThat(md.lines().skip(2).findFirst().orElseThrow()).endsWith(" · PASS 1 · FAIL 1 · PENDING 0");
        assertThat(md).contains(
                "| DEMO-03 | ❌ FAIL | Summary: DEMO-01 passed | DEMO-01 FAIL |  |",
                "| GA | ⏳ NOT YET | DEMO-03 passes; External security audit; Daily reset validated live, or an approved exception |",
                "- **DEMO-01** Latency: p99 <= 500ms: measured 612.5 ms, target <= 500 ms (`demo.json /latency/p99_ms`)");
    }

    @Test
    void theMarkdownHeaderCountsAPendingMatrixCheckAsPendingNotPassed() {
        Path unit = DemoEvidence.passing().p99(612.5).pending().writeTo(tmp.resolve("evidence"), UNIT);

        String md = ProofRunner.selectDirectory(unit).run(tmp.resolve("out")).report(UNIT, "demo-proof-report.md");

        assertThat(md.lines().skip(2).findFirst().orElseThrow()).endsWith(" · PASS 0 · FAIL 1 · PENDING 1");
    }

    @Test
    void theSameEvidenceAndClockGiveByteIdenticalReports() {
        Path unit = DemoEvidence.passing().p99(510).writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult first = ProofRunner.selectDirectory(unit).run(tmp.resolve("a"));
        ProofRunResult second = ProofRunner.selectDirectory(unit)
                .config("junit.platform.execution.parallel.enabled", "true").run(tmp.resolve("b"));

        assertThat(second.report(UNIT, "demo-proof-report.json")).isEqualTo(first.report(UNIT, "demo-proof-report.json"));
        assertThat(second.report(UNIT, "demo-proof-report.txt")).isEqualTo(first.report(UNIT, "demo-proof-report.txt"));
    }

    @Test
    void aFilteredRunSaysPartialAndClaimsNoVerdict() throws Exception {
        DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunResult result = ProofRunner
                .selectUniqueId("[engine:proof]/[evidence:" + UNIT + "]/[suite:DEMO]/[group:matrix]/[check:DEMO-03]")
                .config("proof.evidence", tmp.resolve("evidence").toString())
                .run(tmp.resolve("out"));

        // DEMO-03 depends on DEMO-01, which is evaluated (truly) but not shown.
        assertThat(result.tests()).containsExactly(entry("DEMO-03", Shown.PASSED));
        assertThat(result.report(UNIT, "demo-proof-report-partial.txt"))
                .contains("  DEMO-01 NOT_RUN", "  DEMO-03 PASS", "Verdict: PARTIAL RUN (1 of 3 checks ran; no verdict)");
        JsonNode json = new ObjectMapper().readTree(result.report(UNIT, "demo-proof-report-partial.json"));
        assertThat(json.path("verdict").isNull()).isTrue();
        assertThat(json.path("partial_run").asBoolean()).isTrue();
    }

    @Test
    void everyUniqueIdTheEngineEmitsResolvesAgainForAnIdeRerun() {
        DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        ProofRunResult first = ProofRunner.selectDirectory(tmp.resolve("evidence")).run(tmp.resolve("a"));

        for (String uniqueId : first.finishedUniqueIds()) {
            if (uniqueId.equals("[engine:proof]")) {
                continue;
            }
            ProofRunResult rerun = ProofRunner.selectUniqueId(uniqueId)
                    .config("proof.evidence", tmp.resolve("evidence").toString())
                    .run(tmp.resolve("rerun"));
            assertThat(rerun.finishedUniqueIds()).as("rerun of %s", uniqueId).contains(uniqueId);
        }
    }

    @Test
    void anUnwritableOutputDirectoryFailsTheRunNamingItWhileTheChecksStand() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        Path blocked = Files.writeString(tmp.resolve("blocked"), "a file where the output directory should be");

        ProofRunResult result = ProofRunner.selectDirectory(unit).run(blocked);

        assertThat(result.outcome("DEMO-01")).isEqualTo(Shown.PASSED);
        assertThat(Files.isRegularFile(blocked)).isTrue();
        assertThat(result.unsuccessfulContainers()).singleElement().asString()
                .contains("[suite:DEMO]", "DEMO reports for " + UNIT + " not written", blocked.resolve(UNIT).toString(),
                        "demo-proof-report.txt, demo-proof-report.json, demo-proof-report.md");
    }

    @Test
    void suiteNamedFilesCannotClimbOutOfTheirDirectory() {
        Path dir = tmp.resolve("out/unit");

        assertThat(ProofReportListener.inside(dir, "reports/final.json")).isEqualTo(dir.resolve("reports/final.json"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProofReportListener.inside(dir, "../elsewhere.json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openTestReportingXmlCarriesEveryCheckWhenEnabled() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);

        ProofRunner.selectDirectory(unit)
                .config("junit.platform.reporting.open.xml.enabled", "true")
                .config("junit.platform.reporting.output.dir", tmp.resolve("otr").toString())
                .run(tmp.resolve("out"));

        try (var files = Files.walk(tmp.resolve("otr"))) {
            Path xml = files.filter(p -> p.getFileName().toString().endsWith(".xml")).findFirst().orElseThrow();
            assertThat(Files.readString(xml)).contains("DEMO-01 Latency: p99 &lt;= 500ms", "DEMO Proof");
        }
    }

    @Test
    void reportClockPrefersProofClockThenSourceDateEpoch() {
        assertThat(ProofClock.read(k -> java.util.Optional.of("2026-01-02T03:04:05Z"), Map.of("SOURCE_DATE_EPOCH", "86400")))
                .isEqualTo(new ProofClock.Reading(java.time.Instant.parse("2026-01-02T03:04:05Z"), "proof.clock"));
        assertThat(ProofClock.read(k -> java.util.Optional.empty(), Map.of("SOURCE_DATE_EPOCH", "86400")))
                .isEqualTo(new ProofClock.Reading(java.time.Instant.parse("1970-01-02T00:00:00Z"), "SOURCE_DATE_EPOCH"));
        assertThat(ProofClock.read(k -> java.util.Optional.empty(), Map.of()).source()).isEqualTo("wall clock");
    }

    @Test
    void atomicWritesReplaceTheFileAndLeaveNoTemporaryBehind() throws Exception {
        Path target = tmp.resolve("r/report.txt");
        AtomicFiles.write(target, "old\n");
        AtomicFiles.write(target, "new\n");

        assertThat(Files.readString(target)).isEqualTo("new\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}

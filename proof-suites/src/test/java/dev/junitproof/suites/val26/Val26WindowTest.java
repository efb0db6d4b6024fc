package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The 6-hour window is per suite: VAL26 judges the generated_at of VAL13–VAL17 only, although VAL25's reports
 * share the directory; and an IDE rerun of one check claims no verdict.
 */
class Val26WindowTest {

    private static final List<String> FLEET_REPORTS =
            List.of("val07-report.json", "val08-report.json", "val09-report.json", "val10-report.json", "val11-report.json");

    @TempDir
    Path tmp;

    /** Copies VAL25's committed sample reports into the unit, their generated_at moved by {@code shift}. */
    private static void addFleetReports(Path unit, Duration shift) throws IOException {
        for (String file : FLEET_REPORTS) {
            ObjectNode report = (ObjectNode) JsonFixtures.MAPPER.readTree(Val26ReportTest.SAMPLE.resolve(file).toFile());
            Instant at = Instant.parse(report.path("generated_at").asText()).plus(shift);
            report.put("generated_at", at.toString());
            JsonFixtures.write(unit.resolve(file), report);
        }
    }

    private ProofRunResult runBoth(HaFixture fixture, Duration fleetShift) throws IOException {
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        addFleetReports(unit, fleetShift);
        return ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
    }

    @Test
    void fleetReportsADayEarlierDoNotBreakTheHaWindow() throws IOException {
        ProofRunResult run = runBoth(HaFixture.passing(), Duration.ofDays(-1));

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(Val26Runs.passing());
        assertThat(Val26Runs.text(run)).contains("Evidence: single coherent evidence window\n");
        assertThat(run.report(HaFixture.UNIT, "val25-proof-report.txt")).contains("Verdict: DESIGN PARTNER READY");
    }

    @Test
    void anHaReportOutsideItsWindowFailsVal26OnlyWhileVal25StaysReady() throws IOException {
        ProofRunResult run = runBoth(HaFixture.passing().generatedAt("VAL17", "2026-03-23T17:52:11Z"), Duration.ZERO);

        assertThat(run.tests("VAL26")).containsExactlyEntriesOf(
                Val26Runs.passingExcept("VAL26-WINDOW", FAILED, "VAL26-10", FAILED, "HA_DESIGN_PARTNER", FAILED));
        assertThat(run.message("VAL26-WINDOW")).contains("spread=6h 0m 1s across 5 of 5 reports");
        assertThat(Val26Runs.text(run)).contains("Evidence: NOT a single coherent evidence window (spread 6h 0m 1s > 6h)")
                .contains("Verdict: HA NOT READY");
        assertThat(run.tests("VAL25").values()).doesNotContain(FAILED);
        assertThat(run.report(HaFixture.UNIT, "val25-proof-report.txt")).contains("Verdict: DESIGN PARTNER READY");
    }

    @Test
    void anIdeRerunOfTheSummaryCheckClaimsNoVerdict() {
        Path root = tmp.resolve("evidence");
        HaFixture.passing().writeTo(root);

        ProofRunResult run = ProofRunner
                .selectUniqueId("[engine:proof]/[evidence:" + HaFixture.UNIT + "]/[suite:VAL26]/[group:matrix]/[check:VAL26-10]")
                .config("proof.evidence", root.toString())
                .run(tmp.resolve("out"));

        assertThat(run.tests("VAL26")).containsExactly(entry("VAL26-10", Shown.PASSED));
        // A partial run's reports sit beside the full ones (<report>-partial.*), never over them.
        String text = run.report(HaFixture.UNIT, "val26-proof-report-partial.txt");
        assertThat(text).contains("  VAL26-01 NOT_RUN VAL13 failover report: all 10 checks passed\n")
                .contains("  VAL26-10 PASS Summary: HA design partner readiness")
                .contains("Overall: PASS=1 FAIL=0 NOT_RUN=9")
                .contains("HA DESIGN PARTNER READY ✗ (NOT_RUN)")
                .contains("Verdict: PARTIAL RUN (");
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = JsonFixtures.MAPPER.readTree(run.report(HaFixture.UNIT, "val26-proof-report-partial.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(json.path("partial_run").asBoolean()).isTrue();
        assertThat(json.path("verdict").isNull()).isTrue();
    }
}

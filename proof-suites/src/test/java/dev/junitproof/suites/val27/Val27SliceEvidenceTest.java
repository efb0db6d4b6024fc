package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.junitproof.suites.val27.RelaySlice.VAL19;
import static dev.junitproof.suites.val27.RelaySlice.VAL20;
import static dev.junitproof.suites.val27.RelaySlice.VAL22;
import static org.assertj.core.api.Assertions.assertThat;

/** A slice that is missing, mismatched or truncated fails what depends on it, and never crashes the run. */
class Val27SliceEvidenceTest {

    /** The matrix checks that read each slice's figures (besides its own VAL27-0n). */
    private static final Map<RelaySlice, List<String>> METRICS = Map.of(
            RelaySlice.VAL19, List.of(),
            RelaySlice.VAL20, List.of("VAL27-07"),
            RelaySlice.VAL21, List.of("VAL27-06"),
            RelaySlice.VAL22, List.of("VAL27-06", "VAL27-08"),
            RelaySlice.VAL23, List.of("VAL27-09"));

    private static Map<String, Shown> missing(RelaySlice slice) {
        Map<String, Shown> expected = Val27Runs.withoutSliceChecks(Val27Runs.passing(), slice);
        METRICS.get(slice).forEach(id -> expected.put(id, Shown.FAILED));
        return expected;
    }

    /**
     * #15 class 5: a core slice is required evidence. Absent, every check that needs it fails (its report test, its
     * matrix row, its figure checks, the metric rows reading them, the window that cannot date it), never pending.
     */
    @ParameterizedTest
    @EnumSource(RelaySlice.class)
    void eachMissingSliceFailsItsChecksAndLeavesTheWindowUnproven(RelaySlice slice, @TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().without(slice));

        Map<String, Shown> expected = missing(slice);
        expected.put("VAL27-WINDOW", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        String pattern = slice.prefix() + "YYYY-MM-DD";
        // The coverage row's status is its matrix row's outcome; its detail says why.
        assertThat(Val27Runs.line(run, slice + " " + slice.title()))
                .isEqualTo(slice + " " + slice.title() + " FAIL (0/10 checks; no " + pattern + " directory under the evidence root)");
        assertThat(run.message("VAL27-WINDOW")).contains("campaign window not provable: no report file for " + slice);
        assertThat(Val27Runs.text(run)).contains("Overall: PASS=" + (9 - METRICS.get(slice).size() - 1) + " FAIL="
                + (METRICS.get(slice).size() + 2));
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY NOT READY");
        assertThat(Val27Runs.json(run).path("coverage").get(slice.ordinal()).path("status").asText()).isEqualTo("FAIL");
        assertThat(Val27Runs.json(run).path("coverage").get(slice.ordinal()).path("check").asText())
                .isEqualTo(MatrixChecks.sliceCheckId(slice));
    }

    @Test
    void aSchemaMismatchIsMissingWithFileAndPointer(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL22, "/group_r_retry_rate", "1.0"));

        // The file exists, so its modification time still counts for the window.
        assertThat(run.tests("VAL27")).isEqualTo(missing(VAL22));
        assertThat(run.message("VAL27-04")).contains("val22-relay-deadletter-local-2026-03-20/val22-summary.json: "
                + "/group_r_retry_rate must be a number, found string");
        assertThat(Val27Runs.text(run)).contains("Deadletter/Retry (VAL22):\nUnreadable: ")
                .contains("VAL22-group-r FAIL\nVAL22-group-r-rate FAIL\n");
    }

    @Test
    void anAbsentRequiredFieldIsMissing(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().remove(VAL22, "/retention"));

        assertThat(run.tests("VAL27")).isEqualTo(missing(VAL22));
        assertThat(run.message("VAL22-report")).contains("/retention is required but absent");
    }

    @Test
    void aReportForAnotherSliceIsMissing(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().set(VAL19, "/val", "VAL20"));

        assertThat(run.tests("VAL27")).isEqualTo(missing(VAL19));
        assertThat(run.message("VAL27-01")).contains("/val must be \"VAL19\", found \"VAL20\"");
    }

    @Test
    void aTruncatedCheckListFailsTheSlice(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().truncateChecks(VAL20));

        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.passing());
        expected.remove("VAL20-10");
        expected.put("VAL20-report", Shown.FAILED);
        expected.put("VAL27-02", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(Val27Runs.text(run)).contains("val20 9/10 checks passed; 9 checks recorded, 10 expected");
    }

    @Test
    void aFailedLabCheckFailsTheSliceAndNamesIt(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().failCheck(VAL19, 4));

        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.passing());
        expected.put("VAL19-04", Shown.FAILED);
        expected.put("VAL27-01", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(Val27Runs.text(run))
                .contains("VAL19 Relay Impairment Validation FAIL (9/10 checks; lab checks not passed: VAL19-04)")
                .contains("VAL27-01 FAIL VAL19 impairment report found and all 10 checks pass\n"
                        + "val19 9/10 checks passed; lab checks not passed: VAL19-04")
                .contains("Overall: PASS=8 FAIL=2")
                .contains("RELAY DESIGN PARTNER READY ✗ (NOT READY)\n✗ VAL19 all 10 checks pass");
    }

    @Test
    void labCheckIdsThatCollideWithTheSuitesOwnAreRenamedNotFatal(@TempDir Path tmp) {
        RelayFixture fixture = RelayFixture.passing();
        fixture.set(VAL19, "/checks/0/id", "VAL27-01").set(VAL19, "/checks/1/id", "VAL20-report")
                .set(VAL20, "/checks/0/id", "VAL19-03");

        ProofRunResult run = Val27Runs.run(tmp, fixture);

        Map<String, Shown> tests = run.tests("VAL27");
        assertThat(tests).containsEntry("VAL19/VAL27-01", Shown.PASSED).containsEntry("VAL19/VAL20-report", Shown.PASSED)
                .containsEntry("VAL20/VAL19-03", Shown.PASSED)
                .containsEntry("VAL19-report", Shown.FAILED).containsEntry("VAL20-report", Shown.FAILED)
                .containsEntry("VAL27-01", Shown.FAILED).containsEntry("VAL27-02", Shown.FAILED);
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY NOT READY");
    }

    @Test
    void aT5TierWithoutConstrainedBpsIsASchemaMismatch(@TempDir Path tmp) {
        RelayFixture fixture = RelayFixture.passing();
        ObjectNode report = fixture.report(VAL20);
        ((ObjectNode) report.withArray("tiers").get(4)).remove("constrained_bps");
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        RelayFixture.writeSlice(root, fixture.dirName(VAL20), VAL20, report, RelayFixture.CAMPAIGN);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(missing(VAL20));
        assertThat(run.message("VAL20-report")).contains("/tiers/4/constrained_bps");
    }
}

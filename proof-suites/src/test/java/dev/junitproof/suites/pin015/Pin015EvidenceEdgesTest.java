package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad, short or contradictory evidence: never a crash, never a pass. */
class Pin015EvidenceEdgesTest {

    @TempDir
    Path tmp;

    private ProofRunResult run(M4Fixture fixture, String... config) {
        return Pin015Runs.run(tmp, fixture, config);
    }

    @Test
    void aRunPastItsDurationWithoutACompletionLineStoppedShortAndFails() {
        ProofRunResult run = run(M4Fixture.certified().completionLine(false).cycles(5, 2).goldenFiles(10)
                .runbookItem(7, "PASS", "5").runbookItem(8, "PASS", "5").runbookItem(10, "PASS", "10"));

        // Its fifth cycle began at started_at + 24 h, past the run; the sign-off certifies a run that never completed.
        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-01", FAILED, "M4-SH-05", FAILED, "M4-RB-06", FAILED, "M4-SIGNOFF", FAILED, "M4-07", FAILED,
                "M4-08", FAILED, "M4-09", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-01")).contains("yet the run never completed");
        assertThat(run.message("M4-SH-05")).contains("line 10: Running cycle 5 at 2025-12-03T13:12:19+01:00 begins at "
                + "or after the run's end, started_at + duration_h = 2025-12-03T13:12:19+01:00");
        assertThat(run.message("M4-SIGNOFF")).contains("the shadow run has not completed (STOPPED");
        assertThat(run.message("M4-RB-06")).contains("has no \"Shadow simulation complete\" line");
    }

    @Test
    void theSmallRunWithoutItsLoweredThresholdsIsHeldToTheSeeds() {
        ProofRunResult run = run(M4Fixture.certified().atSeedThresholds());

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-02", FAILED, "M4-SH-04", FAILED, "M4-RB-07", FAILED, "M4-RB-10", FAILED,
                "M4-07", FAILED, "M4-08", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-02")).contains("\"Running cycle\" lines in shadow/shadow.log = 4 does not meet >= 2,500");
    }

    @Test
    void thresholdsTheEvidenceDeclaresForItselfAreIgnoredAndSaidSo() {
        ProofRunResult run = run(M4Fixture.certified().atSeedThresholds().lowered(4, 8));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-02", FAILED, "M4-SH-04", FAILED, "M4-RB-07", FAILED, "M4-RB-10", FAILED,
                "M4-07", FAILED, "M4-08", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(Pin015Runs.text(run)).contains(
                "shadow/shadow.json /thresholds (min_cycles=4, min_golden_files=8) ignored: evidence cannot lower its own bar");
        assertThat(Pin015Runs.text(run)).contains("Verdict: M4 NOT CERTIFIED");
    }

    @Test
    void aParameterThatIsNotANumberIsAConfigurationErrorAndNothingIsProved() {
        ProofRunResult run = run(M4Fixture.certified(), "proof.pin015.min-cycles", "lots");

        // The suite declares its settings: a value it cannot use stops the run at discovery, naming what it accepts,
        // instead of proving against a bar nobody asked for.
        assertThat(run.tests("PIN015")).isEmpty();
        assertThat(run.unsuccessfulContainers()).singleElement().asString()
                .contains("configuration parameter proof.pin015.min-cycles=lots cannot be used: it must be a whole number >= 1");
    }

    @Test
    void aMismatchWrittenInAnotherFormIsAProblemNotSkipped() {
        ProofRunResult run = run(M4Fixture.certified().logLine("2025-12-03T13:00:00+01:00 Cycle 4 recheck: 1 mismatch"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-05", FAILED, "M4-07", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-05")).contains("line 10 is not in the contract's form", "1 mismatch");
        assertThat(run.message("M4-07")).contains("M4-SH-05 FAIL: ", "line 10 is not in the contract's form");
    }

    @Test
    void aGoldenFileThatDoesNotParseFailsNamingIt() {
        ProofRunResult run = run(M4Fixture.certified().corruptGoldenFile(5));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-06", FAILED, "M4-07", FAILED, "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-06")).contains("shadow/golden/wf-000005.json");
    }

    @Test
    void aMissingPhaseFileFailsItsChecksAndItsGate() {
        ProofRunResult run = run(M4Fixture.certified().without(M4Files.PHASE_C));

        java.util.Map<String, ProofRunResult.Shown> expected = Pin015Runs.certifiedExcept(
                "M4-03", FAILED, "M4_CERTIFIED", FAILED);
        PhaseChecks.PHASE_C.forEach(id -> expected.put(id, FAILED));
        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(expected);
        assertThat(run.message("M4-C-01")).contains("required evidence absent", "phase-c-golden.json");
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
        assertThat(Pin015Runs.text(run)).contains("CERTIFIED: [ ] YES  [X] NO");
    }

    @Test
    void aSchemaMismatchNamesFileAndPointer() {
        ProofRunResult run = run(M4Fixture.certified().set(M4Files.PHASE_B, "/mismatches", "none"));

        assertThat(run.outcome("M4-B-01")).isEqualTo(FAILED);
        assertThat(run.message("M4-B-02")).contains("required evidence unreadable", "phase-b-determinism.json", "/mismatches");
        assertThat(run.outcome("M4-02")).isEqualTo(FAILED);
        assertThat(Pin015Runs.verdict(run)).isEqualTo("M4 NOT CERTIFIED");
    }

    @Test
    void aMissingShadowLogFailsTheShadowRunNeverInProgress() {
        ProofRunResult run = run(M4Fixture.certified().without(M4Files.SHADOW_LOG));

        // The planned duration is shadow.json's own figure: it still passes; everything the log shows fails.
        ShadowChecks.ALL.stream().filter(id -> !id.equals(ShadowChecks.DURATION))
                .forEach(id -> assertThat(run.outcome(id)).as(id).isEqualTo(FAILED));
        assertThat(run.message("M4-SH-01")).contains("required evidence absent", "shadow/shadow.log");
        assertThat(run.outcome("M4-RB-07")).isEqualTo(FAILED);
        assertThat(run.outcome("M4-07")).isEqualTo(FAILED);
        assertThat(run.outcome("M4-SIGNOFF")).isEqualTo(FAILED);
    }

    @Test
    void aRunbookPassTheShadowLogDoesNotSupportFailsNamingBoth() {
        ProofRunResult run = run(M4Fixture.seed().runbookItem(7, "PASS", "2880"));

        assertThat(run.outcome("M4-RB-07")).isEqualTo(FAILED);
        assertThat(run.message("M4-RB-07")).contains("runbook.json records PASS for item 7 (actual \"2880\")",
                "has 24 \"Running cycle\" lines (target ≥2500)");
        assertThat(Pin015Runs.text(run)).contains("| ≥2500 | 24 (runbook.json: 2880) | FAIL |");
    }

    @Test
    void anUncertifiedSignOffFails() {
        ProofRunResult run = run(M4Fixture.certified().signoff("sre-oncall", "2025-12-03", false));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SIGNOFF", FAILED, "M4-09", FAILED, "M4_CERTIFIED", FAILED));
    }

    @Test
    void aFaultTheLabExpectedWronglyFailsAgainstTheSeedsTaxonomy() {
        ProofRunResult run = run(M4Fixture.certified()
                .set(M4Files.PHASE_D_FAULTS, "/faults/7/expected", "TRANSIENT")
                .set(M4Files.PHASE_D_FAULTS, "/faults/7/classified", "TRANSIENT"));

        assertThat(run.outcome("M4-D-08")).isEqualTo(FAILED);
        assertThat(run.message("M4-D-08")).contains("the lab expected TRANSIENT for RATE_LIMITED, the seed's taxonomy says RESOURCE");
    }
}

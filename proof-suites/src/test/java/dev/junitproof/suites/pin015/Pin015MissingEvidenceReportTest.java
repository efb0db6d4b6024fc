package dev.junitproof.suites.pin015;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each evidence file absent: the text report still renders every section, and the section that file feeds says
 * the evidence is missing and names the file, right under its own heading (not somewhere else in the report), and
 * the checks that needed it fail (required evidence is never "missing" as a status).
 */
class Pin015MissingEvidenceReportTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "phase-a-observability.json | ### Phase A: Observability Infrastructure     | ### Phase B",
        "phase-b-determinism.json   | ### Phase B: Multi-Worker Determinism Validation | ### Phase C",
        "phase-c-golden.json        | ### Phase C: Golden Archive/Resign/Verify E2E  | ### Phase D",
        "phase-d-faults.json        | #### Fault Injection Results                   | #### CPU Stress Replay Results",
        "phase-d-cpu-stress.json    | #### CPU Stress Replay Results                 | ### Phase E",
        "phase-e-lifecycle.json     | #### Lifecycle Kill/Restore Test               | #### 24-Hour Shadow Simulation",
        "shadow/shadow.json         | #### 24-Hour Shadow Simulation                 | ## Self-Sign Runbook Checklist",
        "shadow/shadow.log          | #### 24-Hour Shadow Simulation                 | ## Self-Sign Runbook Checklist",
        "runbook.json               | ## Self-Sign Runbook Checklist                 | ### Signature Block",
    })
    void theSectionAnAbsentFileFeedsSaysMissingAndNamesIt(String file, String heading, String nextHeading) {
        String text = Pin015Runs.text(Pin015Runs.run(tmp, M4Fixture.seed().without(file)));

        int start = text.indexOf(heading + "\n");
        int end = text.indexOf(nextHeading, start + heading.length());
        assertThat(start).as("heading %s", heading).isNotNegative();
        assertThat(end).as("heading %s after %s", nextHeading, heading).isGreaterThan(start);
        String section = text.substring(start, end);
        assertThat(section).contains("**Evidence missing:** ").contains(file).doesNotContain("MISSING");
        assertThat(text.substring(0, start) + text.substring(end)).doesNotContain("**Evidence missing:**");
        assertThat(section).contains(" FAIL");
    }
}

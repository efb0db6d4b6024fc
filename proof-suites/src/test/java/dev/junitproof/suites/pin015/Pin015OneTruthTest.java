package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16's PIN015 example through the whole engine: a runbook item whose PASS the shadow log contradicts. Before,
 * the report printed M4-08 {@code measured: 19/20 PASS} beside {@code detail: 20/20 PASS}, {@code 20/20 PASS} in
 * the Evidence column of a FAIL gate, and a coverage row RUNBOOK PASS while M4-08 failed. Now every output reads
 * the same outcomes: the gate's measured and detail, its table row, the coverage row, the JSON runbook section and
 * the certification block all say 19 of 20, and the failing gate's message names the item and why.
 */
class Pin015OneTruthTest {

    @TempDir
    Path tmp;

    @Test
    void aContradictedRunbookItemReadsTheSameInEveryOutput() {
        ProofRunResult run = Pin015Runs.run(tmp, M4Fixture.certified().runbookItem(7, "PASS", "2880"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-RB-07", FAILED, "M4-08", FAILED, M4Readiness.M4_CERTIFIED, FAILED));
        assertThat(run.message("M4-08")).contains("M4-RB-07 FAIL: ", "actual \"2880\"", "the shadow run's files show 4",
                "measured: 20/21 checks PASS", "detail:   19/20 items passed");

        String text = Pin015Runs.text(run);
        assertThat(text).contains("| Runbook tabletop exercise | FAIL | 19/20 items passed |",
                "| 7 | Total cycles | `grep -c \"Running cycle\" /var/lib/aos/shadow_24h_*.log` | ≥4 | 4 (runbook.json: 2880) | FAIL |",
                "Checklist Results: 19/20 PASS", "CERTIFIED: [ ] YES  [X] NO")
                .doesNotContain("20/20");

        JsonNode json = Pin015Runs.json(run);
        JsonNode gate = null;
        for (JsonNode c : json.path("checks")) {
            if (c.path("id").asText().equals("M4-08")) {
                gate = c;
            }
        }
        assertThat(gate).isNotNull();
        assertThat(gate.path("status").asText()).isEqualTo("FAIL");
        assertThat(gate.path("detail").asText()).isEqualTo("19/20 items passed");
        JsonNode row = json.path("coverage").get(7);
        assertThat(row.path("slice").asText()).isEqualTo("RUNBOOK");
        assertThat(row.path("check").asText()).isEqualTo("M4-08");
        assertThat(row.path("status").asText()).isEqualTo("FAIL");
        assertThat(json.path("runbook").get(6).path("status").asText()).isEqualTo("FAIL");
        assertThat(json.path("checklist_passed").asLong()).isEqualTo(19);
    }

    @Test
    void noCoverageRowComparesAFigureWithATarget() {
        // A figure past its target changes the row's status (its gate's), never the row's counts.
        ProofRunResult run = Pin015Runs.run(tmp, M4Fixture.certified().set(M4Files.PHASE_A, "/rules_loaded", 21));

        JsonNode row = Pin015Runs.json(run).path("coverage").get(0);
        assertThat(row.path("slice").asText()).isEqualTo("PHASE-A");
        assertThat(row.path("status").asText()).isEqualTo("FAIL");
        assertThat(row.path("passed").asInt()).isEqualTo(3);
        assertThat(row.path("total").asInt()).isEqualTo(3);
        assertThat(row.path("detail").asText()).contains("the lab's own record");
    }
}

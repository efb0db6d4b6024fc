package dev.junitproof.suites.val24;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's §11 sample figures render the seed's §11 report, line for line. */
class Val24GoldenTest {

    /** The seed's §11 text; the Generated and Soak dir lines are placeholders there and are compared apart. */
    static final List<String> SEED_REPORT = List.of(
            "VAL24 — Relay 30-Day Soak Validation",
            "Generated: <YYYY-MM-DD>",
            "Soak dir: <path>",
            "Elapsed: 30 day(s) (1440/1440 rounds)",
            "Traffic summary:",
            "Total seeded: 14400",
            "Total delivered: 14356",
            "Total deadletter: 44",
            "Total loss (silent): 0",
            "Clean rounds: 1380 delivery rate: 0.9996",
            "Outage rounds: 30",
            "Recovery rounds: 30 retried: 44 recovered: 44",
            "Retry recovery rate: 1.0000",
            "10-check matrix:",
            "VAL24-01 PASS edged+proxy+peer started cleanly (round 1 delivered)",
            "VAL24-02 PASS first clean round delivery_rate=1.0",
            "VAL24-03 PASS first clean round deadletter=0",
            "VAL24-04 PASS outage_rounds=30, any_deadletter=True",
            "VAL24-05 PASS recovery_rounds=30, retried=44, recovered=44",
            "VAL24-06 PASS clean_delivery_rate=0.9996 >= 0.990",
            "VAL24-07 PASS retry_recovery_rate=1.0000 >= 0.990",
            "VAL24-08 PASS loss_count=0, loss_rate=0.0000",
            "VAL24-09 PASS total_rounds=1440 >= 1440",
            "VAL24-10 PASS Gate D: delivery=0.9996, retry=1.0000, loss=0",
            "Overall: PASS=10 FAIL=0",
            "Gate D: PASS (delivery=0.9996, retry=1.0000, loss=0)");

    @Test
    void theSeedSampleRendersTheSeedReport(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample(), temp);

        List<String> lines = result.report(Val24Runs.UNIT, "val24-final.txt").lines().toList();
        assertThat(lines).hasSize(SEED_REPORT.size());
        assertThat(lines.get(1)).isEqualTo("Generated: 2026-03-23T12:00:00Z");
        assertThat(lines.get(2)).startsWith("Soak dir: ").endsWith(Val24Runs.UNIT);
        for (int i = 0; i < SEED_REPORT.size(); i++) {
            if (i != 1 && i != 2) {
                assertThat(lines.get(i)).as("line %d", i + 1).isEqualTo(SEED_REPORT.get(i));
            }
        }
        assertThat(result.tests("VAL24")).containsEntry("GATE_D", ProofRunResult.Shown.PASSED);
    }
}

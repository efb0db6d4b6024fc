package dev.junitproof.suites.val24;

import dev.junitproof.testing.ReportViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/**
 * VAL24's reports are views of its checks' outcomes: the text report (matrix rows, the overall count, the Gate D
 * line) and the JSON document (each check's status, {@code gate_d}, the verdict) are rendered again from forged
 * outcomes, all PENDING, all FAIL, all PASS, and must print no status word those outcomes do not hold.
 */
class Val24ReportViewsTest {

    private static final Map<String, String> SETTINGS = Map.of("proof.clock", "2026-03-23T12:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void aHealthySoakOnItsSeventhDay() {
        Path root = tmp.resolve("evidence");
        Path soak = Val24EvidenceMutationTest.fixture().writeTo(root);

        ReportViews.assertViewsOfOutcomes(new Val24Suite(), root, soak, SETTINGS);
    }

    @Test
    void aSoakWithSilentLossAndALyingRound() {
        Path root = tmp.resolve("evidence");
        Path soak = SoakFixture.seedSample().days(3).silentLoss(60, 2).lyingRound(100).writeTo(root);

        ReportViews.assertViewsOfOutcomes(new Val24Suite(), root, soak, SETTINGS);
    }

    @Test
    void aSoakWhoseReceiptsAreMissing() throws java.io.IOException {
        Path root = tmp.resolve("evidence");
        Path soak = SoakFixture.seedSample().days(1).writeTo(root);
        java.nio.file.Files.delete(soak.resolve(PeerReceipts.FILE));

        ReportViews.assertViewsOfOutcomes(new Val24Suite(), root, soak, SETTINGS);
    }
}

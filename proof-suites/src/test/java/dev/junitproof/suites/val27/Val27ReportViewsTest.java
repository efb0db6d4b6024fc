package dev.junitproof.suites.val27;

import dev.junitproof.testing.ReportViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/**
 * VAL27's reports are views of its checks' outcomes: the text report (coverage rows, every figure line, the window
 * line, the matrix and its total, the soak summary, beta claims, readiness) and its JSON fields (beta_claims,
 * campaign_window, soak, overall) are rendered again from forged outcomes, all PENDING, all FAIL, all PASS, and must
 * print no status word those outcomes do not hold.
 */
class Val27ReportViewsTest {

    private static final Map<String, String> SETTINGS = Map.of("proof.clock", "2026-03-23T12:00:00Z");
    /** VAL27-SOAK's title quotes the seed ("not counted in PASS/FAIL total"): no status of any check. */
    private static final String[] SEED_TITLE = java.util.Arrays.stream(new String[] {"PENDING", "FAIL", "PASS"})
            .map(s -> "VAL27-SOAK " + s + " " + SoakCheck.TITLE).toArray(String[]::new);

    @TempDir
    Path tmp;

    @Test
    void thePassingCampaignWithoutASoak() {
        Path root = RelayFixture.passing().writeTo(tmp.resolve("evidence"));

        ReportViews.assertViewsOfOutcomes(new Val27Suite(), root, root, SETTINGS, SEED_TITLE);
    }

    @Test
    void aCampaignWhoseFiguresMissTheirTargetsWithASoakInProgress() {
        Path root = RelayFixture.passing().set(RelaySlice.VAL21, "/sb/delivered", 5)
                .set(RelaySlice.VAL23, "/scenarios/sa_unlimited/delivered", 3).failCheck(RelaySlice.VAL19, 4)
                .soak(Val27EvidenceMutationTest.soak()).writeTo(tmp.resolve("evidence"));

        ReportViews.assertViewsOfOutcomes(new Val27Suite(), root, root, SETTINGS, SEED_TITLE);
    }

    @Test
    void aCampaignWithoutItsVal22Report() {
        Path root = RelayFixture.passing().without(RelaySlice.VAL22).writeTo(tmp.resolve("evidence"));

        ReportViews.assertViewsOfOutcomes(new Val27Suite(), root, root, SETTINGS, SEED_TITLE);
    }
}

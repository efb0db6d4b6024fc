package dev.junitproof.suites.val27;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 1, the hostile corpus of report documents taken at their word: each of the examples, through the
 * whole engine. VAL27-SOAK is VAL24's judgment of the same soak's raw rounds, and the document is a claim checked
 * against it; none of these may PASS, and each names the fields with both values (or, with no rounds behind the
 * document, says it cannot be verified). The GA criterion and the soak's beta claim follow VAL27-SOAK.
 */
class Val27SoakClaimsTest {

    record Case(SoakFixture soak, Shown shown, List<String> named) {
    }

    private static Arguments example(String name, SoakFixture soak, Shown shown, String... named) {
        return Arguments.of(Named.of(name, new Case(soak, shown, List.of(named))));
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                example("a hand-written final.json on a 3-day soak VAL24 judges IN PROGRESS",
                        SoakFixture.days(3).withDocument("final.json", SoakFixture.claimingGateDPass("final")), Shown.FAILED,
                        "from its rounds: IN PROGRESS (144 rounds",
                        "reports/final.json total_rounds=1440 but the soak has 144 rounds",
                        "reports/final.json soak_complete=true but VAL24's judgment of the rounds gives false",
                        "reports/final.json gate_d.overall=true but VAL24's judgment of the rounds gives false",
                        "reports/final.json checks VAL24-10 status=PASS but VAL24's judgment of the rounds gives PENDING",
                        "reports/final.json verdict=GATE D PASS but VAL24's judgment of the rounds gives IN PROGRESS"),
                example("a soak directory holding nothing but final.json",
                        SoakFixture.documentOnly("final.json", SoakFixture.claimingGateDPass("final")), Shown.ABORTED,
                        "MISSING: ", "reports/final.json claims the soak's results, but val24-relay-soak-2026-03-01 has no "
                                + "rounds/: a claim with no raw rounds behind it cannot be verified"),
                example("a checkpoint-14d.json claiming soak_complete",
                        SoakFixture.days(15).withGenuineReport()
                                .then(SoakFixture.edit("checkpoint-14d.json", "/soak_complete", true)), Shown.FAILED,
                        "reports/checkpoint-14d.json soak_complete=true but VAL24's judgment of the rounds gives false"),
                example("a document whose soak_dir names another soak",
                        SoakFixture.days(8).withGenuineReport().then(SoakFixture.edit("checkpoint-7d.json", "/soak_dir",
                                "evidence/val24-relay-soak-2026-02-01")), Shown.FAILED,
                        "reports/checkpoint-7d.json soak_dir=evidence/val24-relay-soak-2026-02-01 names another soak than "
                                + "val24-relay-soak-2026-03-01"),
                example("a genuine write-back final.json after a receipt was removed from peer-received.json",
                        SoakFixture.complete().then(SoakFixture.removeReceipt("val24-r000700-000")), Shown.FAILED,
                        "from its rounds: GATE D FAIL (1440 rounds", "VAL24-08 failed: loss_count=1",
                        "reports/final.json gate_d.loss_ok=true but VAL24's judgment of the rounds gives false",
                        "reports/final.json loss_count=0 but VAL24's judgment of the rounds gives 1",
                        "reports/final.json verdict=GATE D PASS but VAL24's judgment of the rounds gives GATE D FAIL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aClaimTheRoundsDoNotBearNeverPasses(Case c, @TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing().soak(c.soak()));

        assertThat(run.outcome("VAL27-SOAK")).isEqualTo(c.shown()).isNotEqualTo(Shown.PASSED);
        assertThat(run.message("VAL27-SOAK")).contains(c.named());
        assertThat(Val27Runs.text(run)).contains("★ BETA Relay 30-day soak (VAL24)")
                .contains("✗ VAL24 Gate D pass: ");
        assertThat(Val27Runs.json(run).path("beta_claims").get(3).path("status").asText()).isEqualTo("BETA");
        // The soak is outside the Design Partner verdict: the campaign stays ready.
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
    }
}

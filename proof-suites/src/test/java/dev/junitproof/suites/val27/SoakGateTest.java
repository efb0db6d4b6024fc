package dev.junitproof.suites.val27;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report document cross-checked against VAL24's judgment of the same soak's rounds: a document of the same rounds
 * must agree in every field, naming each one that does not with both values; an earlier checkpoint may trail the
 * judgment but never claim more than it; a document naming another soak disagrees.
 */
class SoakGateTest {

    private static final String DIR = "val24-relay-soak-2026-03-01";
    private static final String PATH = "reports/final.json";

    /** A complete soak that passes Gate D, as VAL24 judges it. */
    private static Val24Report judged() {
        return report("final", DIR, true, 1_440, 0, true);
    }

    private static Val24Report report(String mode, String soakDir, boolean complete, long rounds, long loss, boolean pass) {
        return new Val24Report(mode, "2026-03-31T00:00:00Z", soakDir, 30.0, complete, rounds, 14_400, 14_356, 44, loss,
                1_380L, 0.9996, 30L, 30L, 44, 44, 1.0, new Val24Report.GateD(pass, pass, pass, loss == 0, pass),
                List.of(), null);
    }

    @Test
    void aDocumentOfTheSameRoundsThatAgreesHasNoDisagreement() {
        assertThat(SoakGate.disagreements(PATH, judged(), judged(), DIR)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "total_seeded    | reports/final.json total_seeded=14401 but VAL24's judgment of the rounds gives 14400",
            "loss_count      | reports/final.json loss_count=1 but VAL24's judgment of the rounds gives 0",
            "soak_complete   | reports/final.json soak_complete=false but VAL24's judgment of the rounds gives true",
            "gate_d.overall  | reports/final.json gate_d.overall=false but VAL24's judgment of the rounds gives true",
            "clean_rate      | reports/final.json clean_delivery_rate=0.9997 but VAL24's judgment of the rounds gives 0.9996",
            "soak_dir        | reports/final.json soak_dir=evidence/val24-relay-soak-2026-02-01 names another soak than "
                    + DIR,
    })
    void eachFieldThatDisagreesIsNamedWithBothValues(String field, String expected) {
        Val24Report raw = judged();
        Val24Report doc = switch (field) {
            case "total_seeded" -> new Val24Report("final", null, DIR, 30.0, true, 1_440, 14_401, 14_356, 44, 0, 1_380L,
                    0.9996, 30L, 30L, 44, 44, 1.0, raw.gateD(), List.of(), null);
            case "loss_count" -> report("final", DIR, true, 1_440, 1, true);
            case "soak_complete" -> report("final", DIR, false, 1_440, 0, true);
            case "gate_d.overall" -> new Val24Report("final", null, DIR, 30.0, true, 1_440, 14_400, 14_356, 44, 0,
                    1_380L, 0.9996, 30L, 30L, 44, 44, 1.0, new Val24Report.GateD(true, true, true, true, false),
                    List.of(), null);
            case "clean_rate" -> new Val24Report("final", null, DIR, 30.0, true, 1_440, 14_400, 14_356, 44, 0, 1_380L,
                    0.9997, 30L, 30L, 44, 44, 1.0, raw.gateD(), List.of(), null);
            default -> report("final", "evidence/val24-relay-soak-2026-02-01", true, 1_440, 0, true);
        };

        assertThat(SoakGate.disagreements(PATH, doc, raw, DIR)).containsExactly(expected.strip());
    }

    @Test
    void anEarlierCheckpointMayTrailTheJudgmentButNotClaimMore() {
        Val24Report raw = report("checkpoint-14d", DIR, false, 900, 0, false);
        Val24Report checkpoint = report("checkpoint-7d", DIR, false, 400, 0, false);
        Val24Report claiming = report("checkpoint-7d", DIR, true, 400, 0, true);

        assertThat(SoakGate.disagreements("reports/checkpoint-7d.json", checkpoint, raw, DIR)).isEmpty();
        assertThat(SoakGate.disagreements("reports/checkpoint-7d.json", claiming, raw, DIR)).containsExactly(
                "reports/checkpoint-7d.json soak_complete=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.rounds_ok=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.delivery_ok=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.retry_ok=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.overall=true but VAL24's judgment of the rounds gives false");
    }

    @Test
    void aDocumentClaimingMoreRoundsThanTheSoakHasDisagrees() {
        Val24Report raw = report("checkpoint-7d", DIR, false, 144, 0, false);

        assertThat(SoakGate.disagreements(PATH, judged(), raw, DIR)).contains(
                "reports/final.json total_rounds=1440 but the soak has 144 rounds",
                "reports/final.json soak_complete=true but VAL24's judgment of the rounds gives false",
                "reports/final.json gate_d.overall=true but VAL24's judgment of the rounds gives false");
    }
}

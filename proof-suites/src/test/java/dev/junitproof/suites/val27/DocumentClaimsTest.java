package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report document cross-checked against VAL24's judgment of the same soak's rounds ({@link DocumentClaims}) and
 * against itself ({@link DocumentConsistency}): a document of the same rounds must agree in every field, naming each
 * one that does not with both values; an earlier checkpoint may trail the judgment but never claim more than it;
 * a document naming another soak, or none, disagrees.
 */
class DocumentClaimsTest {

    private static final String DIR = "val24-relay-soak-2026-03-01";
    private static final String PATH = "reports/final.json";

    private static List<Val24Report.Check> checks(CheckStatus status) {
        List<Val24Report.Check> checks = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            checks.add(new Val24Report.Check(String.format("VAL24-%02d", n), status, "", null));
        }
        return checks;
    }

    /** A complete soak that passes Gate D, as VAL24 judges it (the seed's §11 figures). */
    private static Val24Report judged() {
        return report("final", DIR, true, 1_440, 0, true);
    }

    private static Val24Report report(String mode, String soakDir, boolean complete, long rounds, long loss, boolean pass) {
        return new Val24Report(mode, "2026-03-31T00:00:00Z", soakDir, 30.0, complete, rounds, 14_400, 14_356 - loss, 44,
                loss, loss / 14_400.0, rounds - 60, 0.9996, 30, 30, 44, 44, 1.0,
                new Val24Report.GateD(pass, pass, pass, loss == 0, pass && loss == 0),
                checks(pass && loss == 0 ? CheckStatus.PASS : CheckStatus.PENDING), null);
    }

    private static Val24Report with(Val24Report r, String field, Object value) {
        return new Val24Report(r.mode(), r.generatedAt(), field.equals("soak_dir") ? (String) value : r.soakDir(),
                r.elapsedDays(), r.soakComplete(), r.totalRounds(),
                field.equals("total_seeded") ? (long) value : r.totalSeeded(), r.totalDelivered(), r.totalDeadletter(),
                r.lossCount(), r.lossRate(), r.cleanRounds(),
                field.equals("clean_delivery_rate") ? (double) value : r.cleanDeliveryRate(), r.outageRounds(),
                r.recoveryRounds(), r.totalRetried(), r.totalRecovered(), r.retryRecoveryRate(),
                field.equals("gate_d.overall") ? new Val24Report.GateD(true, true, true, true, (boolean) value) : r.gateD(),
                r.checks(), field.equals("verdict") ? (String) value : r.verdict());
    }

    @Test
    void aDocumentOfTheSameRoundsThatAgreesHasNoDisagreement() {
        assertThat(DocumentClaims.disagreements(PATH, judged(), judged(), SoakGate.GATE_D_PASS, DIR)).isEmpty();
        assertThat(DocumentConsistency.contradictions(PATH, judged())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "total_seeded        | 14401  | reports/final.json total_seeded=14401 but VAL24's judgment of the rounds gives 14400",
            "clean_delivery_rate | 0.9997 | reports/final.json clean_delivery_rate=0.9997 but VAL24's judgment of the rounds gives 0.9996",
            "gate_d.overall      | false  | reports/final.json gate_d.overall=false but VAL24's judgment of the rounds gives true",
            "soak_dir            | evidence/val24-relay-soak-2026-02-01 | reports/final.json soak_dir=evidence/val24-relay-soak-2026-02-01 names another soak than " + DIR,
            "soak_dir            | ''     | reports/final.json soak_dir=\"\" names another soak than " + DIR,
            "verdict             | GATE D FAIL | reports/final.json verdict=GATE D FAIL but VAL24's judgment of the rounds gives GATE D PASS",
    })
    void eachFieldThatDisagreesIsNamedWithBothValues(String field, String value, String expected) {
        Object typed = switch (field) {
            case "total_seeded" -> Long.parseLong(value);
            case "clean_delivery_rate" -> Double.parseDouble(value);
            case "gate_d.overall" -> Boolean.parseBoolean(value);
            default -> value;
        };

        assertThat(DocumentClaims.disagreements(PATH, with(judged(), field, typed), judged(), SoakGate.GATE_D_PASS, DIR))
                .containsExactly(expected.strip());
    }

    /** A lost segment moves a count and a flag: both are named, with both values (and the rate beside them). */
    @Test
    void aLossTheRoundsDoNotShowIsNamedInEveryFieldItMoves() {
        Val24Report lossy = report("final", DIR, true, 1_440, 1, true);

        assertThat(DocumentClaims.disagreements(PATH, lossy, judged(), SoakGate.GATE_D_PASS, DIR)).containsExactly(
                "reports/final.json gate_d.loss_ok=false but VAL24's judgment of the rounds gives true",
                "reports/final.json gate_d.overall=false but VAL24's judgment of the rounds gives true",
                "reports/final.json checks VAL24-01 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-02 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-03 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-04 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-05 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-06 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-07 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-08 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-09 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json checks VAL24-10 status=PENDING but VAL24's judgment of the rounds gives PASS",
                "reports/final.json total_delivered=14355 but VAL24's judgment of the rounds gives 14356",
                "reports/final.json loss_count=1 but VAL24's judgment of the rounds gives 0",
                "reports/final.json loss_rate=0.00006944444444444444 but VAL24's judgment of the rounds gives 0");
    }

    @Test
    void anEarlierCheckpointMayTrailTheJudgmentButNotClaimMore() {
        Val24Report raw = report("checkpoint-14d", DIR, false, 900, 0, false);
        Val24Report checkpoint = report("checkpoint-7d", DIR, false, 400, 0, false);
        Val24Report claiming = report("checkpoint-7d", DIR, true, 400, 0, true);

        assertThat(DocumentClaims.disagreements("reports/checkpoint-7d.json", checkpoint, raw, SoakGate.IN_PROGRESS, DIR))
                .isEmpty();
        assertThat(DocumentClaims.disagreements("reports/checkpoint-7d.json", claiming, raw, SoakGate.IN_PROGRESS, DIR))
                .startsWith(
                "reports/checkpoint-7d.json soak_complete=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.rounds_ok=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.delivery_ok=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.retry_ok=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json gate_d.overall=true but VAL24's judgment of the rounds gives false",
                "reports/checkpoint-7d.json checks VAL24-01 status=PASS but VAL24's judgment of the rounds gives PENDING");
    }

    @Test
    void aDocumentClaimingMoreRoundsThanTheSoakHasDisagrees() {
        Val24Report raw = report("checkpoint-7d", DIR, false, 144, 0, false);

        assertThat(DocumentClaims.disagreements(PATH, judged(), raw, SoakGate.IN_PROGRESS, DIR)).contains(
                "reports/final.json total_rounds=1440 but the soak has 144 rounds",
                "reports/final.json soak_complete=true but VAL24's judgment of the rounds gives false",
                "reports/final.json gate_d.overall=true but VAL24's judgment of the rounds gives false",
                "reports/final.json checks VAL24-09 status=PASS but VAL24's judgment of the rounds gives PENDING");
    }

    @Test
    void aDocumentWhoseChecksAreNotVal24sMatrixDisagrees() {
        Val24Report raw = judged();
        List<Val24Report.Check> extra = new ArrayList<>(raw.checks());
        extra.add(new Val24Report.Check("VAL24-11", CheckStatus.FAIL, "", null));
        Val24Report doc = new Val24Report("final", null, DIR, 30.0, true, 1_440, 14_400, 14_356, 44, 0, 0.0, 1_380, 0.9996,
                30, 30, 44, 44, 1.0, raw.gateD(), extra, null);

        assertThat(DocumentClaims.disagreements(PATH, doc, raw, SoakGate.GATE_D_PASS, DIR)).singleElement()
                .asString().startsWith("reports/final.json checks=[VAL24-01, ").contains("VAL24-11] but VAL24's matrix is [");
    }

    @Test
    void aDocumentThatContradictsItselfSaysWhere() {
        Val24Report doc = new Val24Report("checkpoint-7d", null, DIR, 7.0, false, 336, 3_360, 3_300, 60, 0, 0.0, 300, 1.0,
                7, 28, 240, 200, 1.0, new Val24Report.GateD(false, true, true, true, true), List.of(), null);

        assertThat(DocumentConsistency.contradictions(PATH, doc)).containsExactly(
                "reports/final.json mode=checkpoint-7d: reports/final.json is the final report",
                "reports/final.json clean_rounds + outage_rounds + recovery_rounds = 300 + 7 + 28 = 335 but total_rounds=336",
                "reports/final.json retry_recovery_rate=1 but total_recovered/total_retried=200/240=0.8333",
                "reports/final.json gate_d.overall=true but not all of rounds_ok, delivery_ok, retry_ok, loss_ok are");
    }
}

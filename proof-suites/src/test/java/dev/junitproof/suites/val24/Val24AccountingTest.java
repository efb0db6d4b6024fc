package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.junitproof.suites.val24.Val24Runs.expect;
import static dev.junitproof.suites.val24.Val24Runs.matrix;
import static dev.junitproof.testing.ProofRunResult.Shown.ABORTED;
import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounting recomputed from raw files: silent loss and lying rounds fail VAL24-08 and VAL24-10 at once (long
 * before they are due), naming rounds and ids; unrecoverable deadletters fail the retry rate; receipt anomalies
 * are reported; required evidence that is absent or unreadable fails every check, never a pass or a pending.
 */
class Val24AccountingTest {

    @Test
    void silentLossFailsLossAndGateDAtOnceNamingRoundAndId(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).silentLoss(100, 1), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("silent loss in round(s) 100 (val24-r000100-009)");
        assertThat(result.message("VAL24-10")).contains("silent loss in round(s) 100 (val24-r000100-009)");
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D01", PASSED).containsEntry("VAL24-D03", FAILED);
        assertThat(result.displayName("VAL24-D03")).isEqualTo("VAL24-D03 day 3: 48 rounds, 480 seeded, 1 lost");
        assertThat(result.message("VAL24-D03")).contains("silent loss: round 100: val24-r000100-009");
        String text = result.report(Val24Runs.UNIT, "val24-daily.txt");
        assertThat(text).contains("Total loss (silent): 1\n", "Gate D: FAIL (",
                "VAL24-10 FAIL Gate D: delivery=0.9986, retry=1.0000, loss=1; silent loss in round(s) 100 (val24-r000100-009);"
                        + " not met: VAL24-08\n");
        assertThat(coverage(result, "val24-daily.json")).isEqualTo(
                "FAIL 144/1440: 144 of 1440 rounds complete; silent loss in round(s) 100 (val24-r000100-009)");
    }

    /** The proof report's coverage row: status, rounds complete of target, and the detail. */
    private static String coverage(ProofRunResult result, String report) {
        try {
            JsonNode row = JsonFixtures.MAPPER.readTree(result.report(Val24Runs.UNIT, report)).at("/coverage/0");
            return row.get("status").asText() + " " + row.get("passed").asInt() + "/" + row.get("total").asInt() + ": "
                    + row.get("detail").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLyingRoundIsAnInconsistencyNamedWithBothValues(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).lyingRound(100), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("inconsistent round(s) 100 (rounds/r000100.json /delivered reports 10, "
                + "recomputed 9; rounds/r000100.json /deadletter reports 0, recomputed 1)");
        assertThat(result.message("VAL24-08")).contains("loss_count=0");
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D03", FAILED);
        assertThat(result.report(Val24Runs.UNIT, "val24-daily.txt")).contains("Inconsistent rounds: 1 (round 100: ");
    }

    @Test
    void unrecoverableDeadlettersFailTheRetryRate(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(8).unrecoverable(1), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPPFAAA"));
        assertThat(result.message("VAL24-07")).contains("recovered ids the peer received / retried (17/18) = 0.9444 "
                + "does not meet >= 0.990 (peer-received.json)");
        assertThat(result.report(Val24Runs.UNIT, "val24-checkpoint-7d.txt"))
                .contains("Total loss (silent): 0\n", "VAL24-07 FAIL retry_recovery_rate=0.9444 < 0.990", "Gate D: FAIL (");
    }

    @Test
    void cleanDeliveryRateJustUnderTheTargetFailsAtDay30(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().cleanMisses(139), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPFPPPF"));
        assertThat(result.message("VAL24-06")).contains("recomputed (13661/13800 over 1380 clean rounds) = 0.9899 does not "
                + "meet >= 0.990");
        assertThat(result.report(Val24Runs.UNIT, "val24-final.txt"))
                .contains("VAL24-06 FAIL clean_delivery_rate=0.9899 < 0.990\n", "Gate D: FAIL (delivery=0.9899, retry=1.0000, loss=0)");
    }

    @Test
    void cleanDeliveryRateExactlyAtTheTargetPasses(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().cleanMisses(138), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPPPPPP"));
        assertThat(result.report(Val24Runs.UNIT, "val24-final.txt")).contains("Gate D: PASS (delivery=0.9900, ",
                "VAL24-06 PASS clean_delivery_rate=0.9900 >= 0.990\n", "VAL24-07 PASS retry_recovery_rate=1.0000 >= 0.990\n");
        assertThat(coverage(result, "val24-final.json")).isEqualTo("PASS 1440/1440: 1440 of 1440 rounds complete");
    }

    @Test
    void receiptsNoRoundSeededAndDuplicatesAreReported(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3)
                .unknownReceipt("val24-r009999-000").unknownReceipt("relay-probe").duplicateReceipts(10), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAAAA"));
        assertThat(result.report(Val24Runs.UNIT, "val24-daily.txt"))
                .contains("Received but never seeded: 2 (val24-r009999-000, relay-probe)\n",
                        "Received more than once: 10 (val24-r000010-000, val24-r000010-001, val24-r000010-002, "
                                + "val24-r000010-003, val24-r000010-004, ...)\n");
    }

    @Test
    void aReceiptOfACompleteRoundItsSeededListLacksIsAnInconsistency(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).unknownReceipt("val24-r000010-010"), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("peer-received.json holds val24-r000010-010, which "
                + "rounds/r000010-seeded.txt does not list");
    }

    /** Round 1 is VAL24-01's evidence: unreadable, it fails there too (not pending as "round 1 never completed"). */
    @Test
    void anUnreadableFirstRoundFailsRoundOneAndTheAccounting(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).withoutSeededFile(1), temp);

        assertThat(matrix(result)).isEqualTo(expect("FFFPPAAFAF"));
        assertThat(result.message("VAL24-01")).contains("round 1 did not complete: rounds/r000001-seeded.txt not found");
        assertThat(result.message("VAL24-08")).contains("unreadable round(s) 1 (rounds/r000001-seeded.txt not found)");
        // The first clean round that can be read is round 2, which the fixture makes miss one segment: VAL24-02/03
        // judge that round and fail, never passing on a round 1 nobody could read.
        assertThat(result.message("VAL24-02")).contains("segments delivered in the first clean round (round 2)");
        assertThat(result.message("VAL24-03")).contains("deadletter entries of the first clean round (round 2)");
    }

    @Test
    void anUnreadablePastRoundFailsTheAccounting(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).withoutSeededFile(50), temp);

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("unreadable round(s) 50 (rounds/r000050-seeded.txt not found)");
        assertThat(result.tests("VAL24")).containsEntry("VAL24-D02", FAILED).containsEntry("VAL24-D01", PASSED);
        assertThat(result.report(Val24Runs.UNIT, "val24-daily.txt")).doesNotContain("never seeded");
    }

    @Test
    void aSchemaMismatchInAPastRoundNamesFileAndPointer(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(3).writeTo(temp.resolve("evidence"));
        Path round = soak.resolve("rounds/r000020.json");
        Files.writeString(round, Files.readString(round).replace("\"delivered\": 10", "\"delivered\": \"ten\""));
        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("rounds/r000020.json: /delivered must be an integer, found string");
    }

    @Test
    void withoutThePeerReceiptsEveryCheckFailsNeverPendsOrPasses(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(3).writeTo(temp.resolve("evidence"));
        Files.delete(soak.resolve("peer-received.json"));
        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        // Required evidence absent: nothing can be proven, so every check fails (never "not yet due") and so does
        // the run; the verdict is GATE D FAIL, never IN PROGRESS.
        assertThat(matrix(result)).isEqualTo(expect("FFFFFFFFFF"));
        assertThat(result.message("VAL24-01")).contains("soak evidence unreadable: peer-received.json not found");
        assertThat(result.report(Val24Runs.UNIT, "val24-status.txt"))
                .contains("Soak evidence unreadable: peer-received.json not found\n", "VAL24-01 FAIL ",
                        "Overall: PASS=0 FAIL=10\n", "Gate D: FAIL (delivery=n/a, retry=n/a, loss=n/a)");
        assertThat(result.tests("VAL24")).containsEntry("GATE_D", FAILED);
    }

    @Test
    void aMalformedReceiptListFailsEveryCheckWithThePointer(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(1).writeTo(temp.resolve("evidence"));
        Path peer = soak.resolve("peer-received.json");
        Files.writeString(peer, Files.readString(peer).replaceFirst("\"received_at\": \"2026-03-01T00:00:12Z\"",
                "\"received_at\": \"2026-03-01T00:00:12\""));
        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        assertThat(matrix(result)).isEqualTo(expect("FFFFFFFFFF"));
        assertThat(result.message("VAL24-01")).contains("peer-received.json: /received/0/received_at must be an ISO-8601 "
                + "timestamp with an offset, found \"2026-03-01T00:00:12\"");
    }

    @Test
    void anExplicitFinalMakesEveryCheckDue(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3), temp, "proof.val24.mode", "final");

        assertThat(matrix(result)).isEqualTo(expect("PPPPPPPPFF"));
        assertThat(result.message("VAL24-09")).contains("total_rounds=144");
        assertThat(result.report(Val24Runs.UNIT, "val24-final.txt")).contains("VAL24-09 FAIL total_rounds=144 < 1440\n",
                "Gate D: FAIL (");
    }

    @Test
    void anExplicitFinalBeforeAnyOutageFailsTheOutageChecks(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().rounds(20), temp, "proof.val24.mode", "final");

        assertThat(matrix(result)).isEqualTo(expect("PPPFFPFPFF"));
    }

    @Test
    void anUnknownModeStopsTheRunAtDiscoveryNamingTheModes(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(1), temp, "proof.val24.mode", "weekly");

        assertThat(result.tests("VAL24")).isEmpty();
        assertThat(result.unsuccessfulContainers()).singleElement().asString().contains("configuration parameter "
                + "proof.val24.mode=weekly cannot be used: it must be one of status, daily, checkpoint-7d, "
                + "checkpoint-14d, final, or empty for the furthest reached");
    }

    @Test
    void aWriteBackThatIsNeitherTrueNorFalseStopsTheRun(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(1), temp, "proof.val24.write-back", "yes");

        assertThat(result.tests("VAL24")).isEmpty();
        assertThat(result.unsuccessfulContainers()).singleElement().asString()
                .contains("proof.val24.write-back=yes cannot be used: it must be true or false");
    }

    @Test
    void anEmptyModeIsTheFurthestReached(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(1), temp, "proof.val24.mode", "");

        assertThat(result.tests("VAL24")).isNotEmpty();
        assertThat(result.unsuccessfulContainers()).isEmpty();
    }

    @Test
    void anExplicitCheckpointNamesTheReportWithoutForcingChecks(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3), temp, "proof.val24.mode", "checkpoint-7d");

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAAAA"));
        assertThat(result.report(Val24Runs.UNIT, "val24-checkpoint-7d.txt")).contains("Gate D: IN PROGRESS");
        assertThat(result.tests("VAL24")).containsEntry("GATE_D", ABORTED);
    }

    /** #15 class 3: a deadletter list is judged whole; an entry twice is not the relay's state. */
    @Test
    void aDeadletterEntryListedTwiceIsAnInconsistency(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(3).writeTo(temp.resolve("evidence"));
        Path list = soak.resolve("rounds/r000047-deadletter.json");
        Files.writeString(list, Files.readString(list).replaceFirst("\\[\\s*(\\{[^}]*})", "[$1, $1"));

        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("rounds/r000047-deadletter.json lists val24-r000002-009 more than once");
    }

    @Test
    void aDeadletterIdNoRoundSeededIsAnInconsistency(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(3).writeTo(temp.resolve("evidence"));
        Path list = soak.resolve("rounds/r000050-deadletter.json");
        Files.writeString(list, "{\"entries\": [{\"id\": \"val24-r000120-000\", \"attempts\": 3, \"last_error\": \"refused\"}]}");

        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08"))
                .contains("rounds/r000050-deadletter.json lists val24-r000120-000, which no round up to it seeded");
    }

    @Test
    void aSweepRecoveringAnIdItDidNotRetryIsAnInconsistency(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(3).writeTo(temp.resolve("evidence"));
        Path sweep = soak.resolve("rounds/r000048-retry.json");
        Files.writeString(sweep, Files.readString(sweep).replace("\"recovered\": [", "\"recovered\": [\"val24-r000030-000\", "));

        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        assertThat(matrix(result)).isEqualTo(expect("PPPPPAAFAF"));
        assertThat(result.message("VAL24-08")).contains("rounds/r000048-retry.json recovered val24-r000030-000, which it did not retry");
    }

    @Test
    void aRoundSeedingOtherThanSegmentsPerRoundIsAnInconsistency(@TempDir Path temp) throws IOException {
        Path soak = SoakFixture.seedSample().days(3).writeTo(temp.resolve("evidence"));
        Files.writeString(soak.resolve("soak.json"), Files.readString(soak.resolve("soak.json"))
                .replace("\"segments_per_round\": 10", "\"segments_per_round\": 11"));

        ProofRunResult result = dev.junitproof.testing.ProofRunner.selectDirectory(soak).run(temp.resolve("out"));

        assertThat(result.outcome("VAL24-08")).isEqualTo(FAILED);
        assertThat(result.message("VAL24-08"))
                .contains("rounds/r000001-seeded.txt lists 10 segment(s), but soak.json /segments_per_round is 11");
    }
}

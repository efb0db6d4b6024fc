package dev.junitproof.suites.val24;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.engine.EvidenceReaders;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of VAL24's soak accounting over the engine's real reader: the fuzzer's bytes replace one
 * raw file of a five-round soak (clean, outage, recovery, clean, clean) and {@link SoakAccountant} recomputes it.
 * The property: nothing escapes; an unreadable soak is MISSING with a detail naming the file; otherwise every round
 * up to the newest is exactly one of complete, unreadable or in progress, and each complete round either keeps
 * the accounting identity (seeded = delivered + deadletter + loss, each part within the seeded count) or reports
 * a problem. Regression inputs: {@code SoakAccountingFuzzTestInputs/<method>/}; {@code -Pfuzz} explores.
 */
class SoakAccountingFuzzTest {

    private static final int ROUNDS = 5;

    @TempDir
    static Path tmp;

    private static Path soak;

    private static Path soak() {
        if (soak == null) {
            soak = SoakFixture.seedSample().rounds(ROUNDS).firstOutage(2).writeTo(tmp.resolve("evidence"));
        }
        return soak;
    }

    /** Writes the fuzzed bytes over one file, accounts, checks the property, and puts the original back. */
    private static void accountWith(String file, byte[] fuzzed) throws IOException {
        Path target = soak().resolve(file);
        byte[] original = Files.readAllBytes(target);
        Files.write(target, fuzzed);
        try {
            Loaded<SoakAccounting> accounted = new SoakAccountant(
                    EvidenceReaders.safe(soak.getParent(), soak), "").account();
            holdsIdentities(accounted);
        } finally {
            Files.write(target, original);
        }
    }

    static void holdsIdentities(Loaded<SoakAccounting> accounted) {
        if (accounted instanceof Loaded.Missing<SoakAccounting> missing) {
            assertThat(missing.detail()).as("why the soak is unreadable").startsWith(missing.file());
            return;
        }
        SoakAccounting soak = accounted.optional().orElseThrow();
        Set<Integer> seen = new HashSet<>();
        for (RoundAccounting round : soak.rounds()) {
            assertThat(seen.add(round.round())).as("round %d accounted once", round.round()).isTrue();
            assertThat(round.delivered()).as("round %d delivered", round.round()).isBetween(0L, round.seeded());
            assertThat(round.deadletter()).as("round %d deadletter", round.round()).isBetween(0L, round.seeded());
            assertThat(round.recovered()).as("round %d recovered", round.round()).isBetween(0L, round.retried());
            if (round.consistent()) {
                assertThat(round.delivered() + round.deadletter() + round.loss())
                        .as("round %d: delivered + deadletter + loss of a consistent round", round.round())
                        .isEqualTo(round.seeded());
            }
        }
        soak.unreadable().forEach(r -> {
            assertThat(seen.add(r.round())).as("round %d accounted once", r.round()).isTrue();
            assertThat(r.detail()).as("round %d's reason", r.round()).startsWith(r.file());
        });
        soak.inProgress().ifPresent(r -> assertThat(seen.add(r.round())).as("round %d once", r.round()).isTrue());
        for (int round = 1; round <= ROUNDS; round++) {
            assertThat(seen).as("round %d is complete, unreadable or in progress", round).contains(round);
        }
        Receipts receipts = soak.receipts();
        assertThat(receipts.duplicates()).isBetween(0L, receipts.total());
        assertThat(receipts.unknown()).isBetween(0L, receipts.total());
    }

    /** A recovery round's own figures (kind, counts, timestamps). */
    @FuzzTest(maxDuration = "5m")
    void recoveryRoundMetrics(byte[] fuzzed) throws IOException {
        accountWith(RoundFiles.DIR + "r000003.json", fuzzed);
    }

    /** The outage round's seeded ids, one per line. */
    @FuzzTest(maxDuration = "5m")
    void seededIds(byte[] fuzzed) throws IOException {
        accountWith(RoundFiles.DIR + "r000002-seeded.txt", fuzzed);
    }

    /** The recovery round's retry sweep. */
    @FuzzTest(maxDuration = "5m")
    void retrySweep(byte[] fuzzed) throws IOException {
        accountWith(RoundFiles.DIR + "r000003-retry.json", fuzzed);
    }

    /** The peer's receipt list, streamed and checked field by field. */
    @FuzzTest(maxDuration = "5m")
    void peerReceived(byte[] fuzzed) throws IOException {
        accountWith(PeerReceipts.FILE, fuzzed);
    }
}

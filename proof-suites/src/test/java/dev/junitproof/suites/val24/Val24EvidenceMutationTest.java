package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.mutation.EvidenceMutator;
import dev.junitproof.testing.mutation.EvidenceSet;
import dev.junitproof.testing.mutation.Mutation;
import dev.junitproof.testing.mutation.Mutation.Expect;
import dev.junitproof.testing.mutation.MutationReport;
import dev.junitproof.testing.mutation.MutationRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence mutation testing of VAL24 over the fixture generator's soak: seven days at four-hour rounds (42 complete
 * rounds with an outage and a recovery each day, one clean-round miss retried by the first recovery, and round 43
 * still being written), so the 7-day checks are judged and the soak stands exactly on their due day. Every field of
 * soak.json, the peer's receipts (the list itself, its first entry and the last of a complete round) and the files
 * of four representative rounds (the first, the first outage, the first recovery, the last complete one) is
 * removed, retyped and moved; every array entry duplicated, appended, removed and swapped; and the custom
 * mutations below state what only VAL24 can: a lost receipt, a lying round, missing required evidence, a seeded list
 * that disagrees with its round. Each must change a check's status, the level or the verdict, or (SAME) nothing.
 */
class Val24EvidenceMutationTest {

    private static final String UNIT = Val24Runs.UNIT;
    private static final String SOAK = UNIT + "/soak.json";
    private static final String PEER = UNIT + "/peer-received.json";
    /** The first round, the first outage, the first recovery, the last complete round. */
    private static final List<Integer> ROUNDS = List.of(1, 5, 6, 42);
    private static final int IN_PROGRESS = 43;
    /**
     * Arrays whose order carries no meaning (receipts, deadletter lists, a sweep's ids): two entries swapped must
     * change nothing. Extra and repeated receipts are reported, as the contract says, never failed.
     */
    private static final Pattern ORDER_FREE = Pattern.compile("/received|/entries|/retried|/recovered");

    @TempDir
    Path tmp;

    static SoakFixture fixture() {
        return SoakFixture.seedSample().intervalMinutes(240).outageEvery(6).firstOutage(5).cleanMisses(1).days(7)
                .halfWrittenRound();
    }

    private static String round(int n, String suffix) {
        return UNIT + "/" + new RoundFiles("", n).stem() + suffix;
    }

    @Test
    void everyJudgedFieldOfTheSoakChangesAnOutcome() {
        fixture().writeTo(tmp.resolve("fixture"));
        EvidenceSet baseline = EvidenceSet.read(tmp.resolve("fixture"));
        int lastComplete = lastReceiptOfACompleteRound(baseline.json(PEER));
        Pattern peerFields = Pattern.compile("(/received(/(0|" + lastComplete + ")(/.*)?)?)?");

        List<Mutation> mutations = new ArrayList<>();
        for (Mutation m : EvidenceMutator.of(baseline).files(this::mutated)
                .target("/rounds_target", SoakTargets.ROUNDS).mutations()) {
            if (m.file().equals(PEER) && !peerFields.matcher(m.pointer()).matches()) {
                continue;
            }
            mutations.add(expected(m));
        }
        mutations.addAll(custom(baseline));

        MutationReport report = MutationRun.of(new Val24Suite(), UNIT).run(tmp.resolve("work"), baseline, mutations);

        System.out.println(report.summary());
        if (Boolean.getBoolean("mutation.verbose")) {
            report.results().forEach(r -> System.out.println("MUTANT " + r.verdict() + " " + r.mutation() + " => " + r.detail()));
        }
        assertThat(report.failures()).as(report.failureText()).isEmpty();
        assertThat(report.count(MutationReport.Verdict.KILLED)).isGreaterThan(150);
    }

    private boolean mutated(String file) {
        if (file.equals(SOAK) || file.equals(PEER)) {
            return true;
        }
        return ROUNDS.stream().anyMatch(n -> file.startsWith(round(n, "")));
    }

    /** The generic mutation with what it must do to order-free arrays: a swap, or a reported receipt, keeps all. */
    private static Mutation expected(Mutation m) {
        boolean orderFree = ORDER_FREE.matcher(m.pointer()).matches();
        boolean swap = m.kind() == Mutation.Kind.ENTRIES_SWAPPED && orderFree;
        boolean receiptList = m.file().equals(PEER) && m.pointer().equals("/received");
        boolean reportedReceipt = receiptList
                && (m.kind() == Mutation.Kind.ENTRY_DUPLICATED || m.kind() == Mutation.Kind.ENTRY_APPENDED);
        // The list's last receipt is of the round still being written, which is in progress, not loss.
        boolean inProgressReceipt = receiptList && m.kind() == Mutation.Kind.ENTRY_REMOVED;
        if (swap || reportedReceipt || inProgressReceipt) {
            return new Mutation(m.file(), m.pointer(), m.kind(), m.description()
                    + (swap ? " (order carries no meaning)" : reportedReceipt ? " (an extra or repeated receipt is reported)"
                    : " (a receipt of round " + IN_PROGRESS + ", still being written)"), Expect.SAME, m.apply());
        }
        return m;
    }

    /** The index of the last receipt whose segment a complete round seeded (the list ends with round 43's). */
    private static int lastReceiptOfACompleteRound(JsonNode peer) {
        JsonNode received = peer.get("received");
        String inProgress = String.format("val24-r%06d-", IN_PROGRESS);
        if (!received.get(received.size() - 1).get("id").asText().startsWith(inProgress)) {
            throw new IllegalStateException("the fixture's receipts no longer end with round " + IN_PROGRESS + "'s");
        }
        for (int i = received.size() - 1; i >= 0; i--) {
            if (!received.get(i).get("id").asText().startsWith(inProgress)) {
                return i;
            }
        }
        throw new IllegalStateException("no receipt of a complete round");
    }

    private static List<Mutation> custom(EvidenceSet baseline) {
        List<Mutation> out = new ArrayList<>();
        // #15 class 5: required evidence absent or unreadable fails every check; it never reads as "not yet".
        out.add(Mutation.custom(PEER, "", "peer-received.json deleted", Expect.CHANGE, set -> set.without(PEER)));
        out.add(Mutation.custom(SOAK, "", "soak.json unparsable", Expect.CHANGE, set -> set.withText(SOAK, "{\"soak_id\": ")));
        out.add(Mutation.custom(round(3, ".json"), "", "a past round's metrics deleted", Expect.CHANGE,
                set -> set.without(round(3, ".json"))));
        // The round still being written stays in progress whatever it holds yet: not loss, not a failure.
        out.add(Mutation.custom(round(IN_PROGRESS, ".json"), "", "the round in progress has half a metrics file",
                Expect.SAME, set -> set.withText(round(IN_PROGRESS, ".json"), "{\"round\": 43, \"started_at\": ")));
        // A receipt of a complete round removed: silent loss.
        out.add(Mutation.custom(PEER, "/received", "round 42's last receipt removed (silent loss)", Expect.CHANGE,
                set -> set.withJson(PEER, withoutReceipt(set.json(PEER), "val24-r000042-009"))));
        // Silent loss: a clean round's receipt removed from the peer's list.
        out.add(Mutation.custom(PEER, "/received", "a receipt of round 3 removed (silent loss)", Expect.CHANGE,
                set -> set.withJson(PEER, withoutReceipt(set.json(PEER), "val24-r000003-004"))));
        // A lying round: the outage round's own figures claim every segment delivered.
        out.add(Mutation.custom(round(5, ".json"), "", "outage round 5 claims all 10 delivered, none deadlettered",
                Expect.CHANGE, set -> set.withJson(round(5, ".json"),
                        ((ObjectNode) set.json(round(5, ".json"))).put("delivered", 10).put("deadletter", 0))));
        // Seeded lists: every id of a round's list is judged against its round and the receipts.
        String seeded = round(2, "-seeded.txt");
        String lines = baseline.text(seeded);
        out.add(Mutation.custom(seeded, "", "round 2 seeded list loses its last id", Expect.CHANGE,
                set -> set.withText(seeded, lines.substring(0, lines.lastIndexOf("val24-")))));
        out.add(Mutation.custom(seeded, "", "round 2 seeded list repeats an id", Expect.CHANGE,
                set -> set.withText(seeded, lines + "val24-r000002-000\n")));
        out.add(Mutation.custom(seeded, "", "round 2 seeded list holds an id of round 7", Expect.CHANGE,
                set -> set.withText(seeded, lines + "val24-r000007-000\n")));
        // Receipts: an id nobody seeded is reported; one that names a complete round its list lacks is not the round.
        out.add(Mutation.custom(PEER, "/received", "a receipt for an id outside the scheme", Expect.SAME,
                set -> set.withJson(PEER, withReceipt(set.json(PEER), "relay-probe"))));
        out.add(Mutation.custom(PEER, "/received", "a receipt for round 4's unseeded index 010", Expect.CHANGE,
                set -> set.withJson(PEER, withReceipt(set.json(PEER), "val24-r000004-010"))));
        // The relay's deadletter list holds only segments the soak seeded.
        out.add(Mutation.custom(round(4, "-deadletter.json"), "/entries", "round 4's deadletter list holds an id of round 9",
                Expect.CHANGE, set -> set.withJson(round(4, "-deadletter.json"),
                        withEntry(set.json(round(4, "-deadletter.json")), "val24-r000009-000"))));
        return out;
    }

    private static JsonNode withoutReceipt(JsonNode peer, String id) {
        ArrayNode received = (ArrayNode) peer.get("received");
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).get("id").asText().equals(id)) {
                received.remove(i);
                return peer;
            }
        }
        throw new IllegalStateException("no receipt " + id);
    }

    private static JsonNode withReceipt(JsonNode peer, String id) {
        ((ArrayNode) peer.get("received")).addObject().put("id", id).put("received_at", "2026-03-01T05:00:00Z");
        return peer;
    }

    private static JsonNode withEntry(JsonNode list, String id) {
        ((ArrayNode) list.get("entries")).addObject().put("id", id).put("attempts", 3).put("last_error", "refused");
        return list;
    }

    @Test
    void theBaselineIsASoakInProgressWithNothingFailed() {
        Set<String> statuses = new java.util.TreeSet<>();
        Path root = tmp.resolve("fixture");
        fixture().writeTo(root);
        dev.junitproof.api.result.SuiteJudgment judged = dev.junitproof.engine.Judgments.judge(new Val24Suite(), root,
                root.resolve(UNIT), key -> java.util.Optional.empty());
        judged.result().outcomes().all().forEach(o -> statuses.add(o.status().name()));

        assertThat(judged.verdict()).isEqualTo("IN PROGRESS");
        assertThat(statuses).containsExactly("PASS", "PENDING");
        assertThat(judged.result().outcomes().status("VAL24-05")).hasToString("PASS");
    }
}

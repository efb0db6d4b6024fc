package dev.junitproof.suites.val27;

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

import static dev.junitproof.suites.val27.RelaySlice.VAL20;
import static dev.junitproof.suites.val27.RelaySlice.VAL21;
import static dev.junitproof.suites.val27.RelaySlice.VAL23;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence mutation testing of VAL27 over the fixture generators' evidence: the passing campaign (the five slice
 * reports, every field removed, retyped, moved past and onto the seed's targets, every array entry duplicated,
 * appended with a failing status, removed and swapped), and a soak seven days in with VAL24's genuine checkpoint-7d
 * document, whose every field is mutated the same way and which custom mutations make claim more than its raw rounds.
 * The soak's raw files are VAL24's evidence, mutated by VAL24's own test. Each mutation must change a check's status,
 * a level or the verdict, or (SAME) nothing; fields VAL27 declares informational are left apart with their reason.
 */
class Val27EvidenceMutationTest {

    private static final String DOCUMENT = "reports/checkpoint-7d.json";
    /** Arrays whose order carries no meaning: a slice's checks (numbered by id) and VAL20's tiers (named T1..T5). */
    private static final Set<String> ORDER_FREE = Set.of("/checks", "/tiers");

    @TempDir
    Path tmp;

    /** Seven days of four-hour rounds: VAL24 judges it IN PROGRESS, its checkpoint-7d document agrees. */
    static SoakFixture soak() {
        return SoakFixture.rounds(dev.junitproof.suites.val24.SoakFixture.seedSample().intervalMinutes(240).outageEvery(6)
                .firstOutage(5).cleanMisses(1).days(7)).withGenuineReport();
    }

    private static String path(RelaySlice slice) {
        return RelayFixture.dirName(slice, RelayFixture.DATE) + "/" + slice.file();
    }

    @Test
    void everyJudgedFieldOfTheCampaignAndTheSoaksDocumentChangesAnOutcome() {
        EvidenceSet campaign = written("campaign", RelayFixture.passing());
        List<Mutation> sliceMutations = new ArrayList<>();
        for (Mutation m : targets(EvidenceMutator.of(campaign)).mutations()) {
            if (!isShiftOfT1OrT2Throughput(m)) {
                sliceMutations.add(orderFree(m));
            }
        }
        sliceMutations.addAll(sliceCustom(campaign));
        MutationReport slices = MutationRun.of(new Val27Suite(), "").run(tmp.resolve("work-campaign"), campaign, sliceMutations);

        EvidenceSet withSoak = written("soak", RelayFixture.passing().soak(soak()));
        String soakDir = soak().dirName();
        String document = soakDir + "/" + DOCUMENT;
        List<Mutation> documentMutations = new ArrayList<>();
        for (Mutation m : EvidenceMutator.of(withSoak).files(document::equals).mutations()) {
            documentMutations.add(withoutVerdict(m));
        }
        documentMutations.addAll(soakCustom(withSoak, soakDir, document));
        MutationReport documents = MutationRun.of(new Val27Suite(), "").run(tmp.resolve("work-soak"), withSoak,
                documentMutations);

        List<MutationReport.Result> all = new ArrayList<>(slices.results());
        all.addAll(documents.results());
        MutationReport report = new MutationReport("VAL27", all);
        System.out.println(report.summary());
        if (Boolean.getBoolean("mutation.verbose")) {
            report.results().forEach(r -> System.out.println("MUTANT " + r.verdict() + " " + r.mutation() + " => " + r.detail()));
        }
        assertThat(report.failures()).as(report.failureText()).isEmpty();
        assertThat(documents.count(MutationReport.Verdict.KILLED)).isGreaterThan(60);
        assertThat(slices.count(MutationReport.Verdict.KILLED)).isGreaterThan(300);
    }

    private EvidenceSet written(String name, RelayFixture fixture) {
        Path root = fixture.writeTo(tmp.resolve(name));
        return EvidenceSet.read(root);
    }

    /** The seed's targets by the pointer of the figure they judge: figures move past them and onto them. */
    private static EvidenceMutator targets(EvidenceMutator mutator) {
        return mutator
                .target("/config/max_retry", RelayTargets.MAX_RETRY)
                .target("/config/dial_timeout_s", RelayTargets.DIAL_TIMEOUT)
                .target("/config/ack_timeout_s", RelayTargets.ACK_TIMEOUT)
                .target("/tiers/*/lost", RelayTargets.LOST)
                .target("/tiers/*/constrained_bps", RelayTargets.CONSTRAINED_BPS)
                .target("/sa/delivered", RelayTargets.DEEP_DRAIN)
                .target("/sb/accounted", RelayTargets.EVICTION_ACCOUNTED)
                .target("/sc/delivered", RelayTargets.STATUS_DELIVERED)
                .target("/sc/status_lag_s", RelayTargets.STATUS_LAG)
                .target("/group_r_delivered", RelayTargets.GROUP_SIZE)
                .target("/group_u_redeadlettered", RelayTargets.GROUP_SIZE)
                .target("/group_r_retry_rate", RelayTargets.GROUP_R_RATE)
                .target("/aggregate_retry_rate", RelayTargets.AGGREGATE_RATE)
                .target("/scenarios/sb_rate_only/throttle_count", RelayTargets.THROTTLED)
                .target("/scenarios/sb_rate_only/quota_drop_count", RelayTargets.RATE_ONLY_DROPS)
                .target("/scenarios/sc_quota_only/quota_drop_count", RelayTargets.QUOTA_DROPS)
                .target("/fails", RelayTargets.LAB_FAILS);
    }

    /**
     * T1's and T2's segs/sec are judged against each other (T2 ≥ T1), not against a number: moved by one or halved
     * they still meet it, which proves nothing. Custom mutations move them across each other instead.
     */
    private static boolean isShiftOfT1OrT2Throughput(Mutation m) {
        return m.kind() == Mutation.Kind.NUMBER_SHIFTED && m.file().equals(path(VAL20))
                && (m.pointer().equals("/tiers/0/segs_per_sec") || m.pointer().equals("/tiers/1/segs_per_sec"));
    }

    /**
     * {@code verdict} is VAL24's field beyond the contract's document: a document may lack it (or hold null) and then
     * claims nothing by it. Present, it is judged like every other claim.
     */
    private static Mutation withoutVerdict(Mutation m) {
        boolean absent = m.kind() == Mutation.Kind.FIELD_REMOVED
                || (m.kind() == Mutation.Kind.TYPE_CHANGED && m.description().endsWith("-> null"));
        if (m.pointer().equals("/verdict") && absent) {
            return new Mutation(m.file(), m.pointer(), m.kind(), m.description() + " (an optional field: no claim)",
                    Expect.SAME, m.apply());
        }
        return m;
    }

    /** A swap of two entries of an order-free array must change nothing. */
    private static Mutation orderFree(Mutation m) {
        if (m.kind() == Mutation.Kind.ENTRIES_SWAPPED && ORDER_FREE.contains(m.pointer())) {
            return new Mutation(m.file(), m.pointer(), m.kind(), m.description() + " (order carries no meaning)",
                    Expect.SAME, m.apply());
        }
        return m;
    }

    private static List<Mutation> sliceCustom(EvidenceSet baseline) {
        String v20 = path(VAL20);
        String v21 = path(VAL21);
        String v23 = path(VAL23);
        List<Mutation> out = new ArrayList<>();
        // T2's sanity: just under T1 fails it, exactly T1 meets it, T1 above T2 fails it.
        out.add(Mutation.custom(v20, "/tiers/1/segs_per_sec", "T2 segs/sec just under T1's", Expect.CHANGE,
                set -> set.withJson(v20, at(set.json(v20), "/tiers/1", "segs_per_sec", 38.1))));
        out.add(Mutation.custom(v20, "/tiers/1/segs_per_sec", "T2 segs/sec exactly T1's", Expect.SAME,
                set -> set.withJson(v20, at(set.json(v20), "/tiers/1", "segs_per_sec", 38.2))));
        out.add(Mutation.custom(v20, "/tiers/0/segs_per_sec", "T1 segs/sec above T2's", Expect.CHANGE,
                set -> set.withJson(v20, at(set.json(v20), "/tiers/0", "segs_per_sec", 140.9))));
        // #15 class 2: the lab's checks all PASS while a figure misses its target.
        out.add(Mutation.custom(v21, "/sa", "S-A 199 of 199 delivered, every lab check PASS", Expect.CHANGE,
                set -> set.withJson(v21, at(at(set.json(v21), "/sa", "delivered", 199), "/sa", "seeded", 199))));
        // #15 class 3: a tier the seed does not name, failing, appended to VAL20's tiers.
        out.add(Mutation.custom(v20, "/tiers", "an extra tier T6 with zero_loss=false", Expect.CHANGE, set -> {
            JsonNode tree = set.json(v20);
            ObjectNode t6 = ((ObjectNode) tree.get("tiers").get(4)).deepCopy();
            t6.put("tier", "T6").put("name", "burst").put("zero_loss", false).put("lost", 3).put("delivered", 7);
            ((ArrayNode) tree.get("tiers")).add(t6);
            return set.withJson(v20, tree);
        }));
        // ... a scenario the seed does not name is reported, not judged: no claim rests on it.
        out.add(Mutation.custom(v23, "/scenarios", "an extra scenario sf_burst under VAL23's scenarios", Expect.SAME,
                set -> {
                    JsonNode tree = set.json(v23);
                    ((ObjectNode) tree.get("scenarios")).putObject("sf_burst").put("seeded", 5).put("delivered", 0)
                            .put("expected", 0);
                    return set.withJson(v23, tree);
                }));
        // #15 class 4: VAL23's expectation agreeing with a short delivery is no excuse.
        out.add(Mutation.custom(v23, "/scenarios/sa_unlimited", "S-A seeded 4, expected 3, delivered 3", Expect.CHANGE,
                set -> set.withJson(v23, at(at(set.json(v23), "/scenarios/sa_unlimited", "expected", 3),
                        "/scenarios/sa_unlimited", "delivered", 3))));
        // #15 class 5: a core slice is required: its report removed fails what needs it.
        for (RelaySlice slice : RelaySlice.values()) {
            out.add(Mutation.custom(path(slice), "", slice + " report removed", Expect.CHANGE, set -> set.without(path(slice))));
        }
        return out;
    }

    private static List<Mutation> soakCustom(EvidenceSet baseline, String soakDir, String document) {
        List<Mutation> out = new ArrayList<>();
        // #15 class 1: documents claiming more than their raw rounds.
        out.add(Mutation.custom(document, "", "the checkpoint claims a complete soak passing Gate D", Expect.CHANGE, set -> {
            ObjectNode doc = (ObjectNode) set.json(document);
            doc.put("soak_complete", true).put("verdict", "GATE D PASS");
            ((ObjectNode) doc.get("gate_d")).put("rounds_ok", true).put("delivery_ok", true).put("retry_ok", true)
                    .put("loss_ok", true).put("overall", true);
            doc.get("checks").forEach(c -> ((ObjectNode) c).put("status", "PASS"));
            return set.withJson(document, doc);
        }));
        out.add(Mutation.custom(document, "", "the checkpoint claims 1,440 rounds", Expect.CHANGE,
                set -> set.withJson(document, ((ObjectNode) set.json(document)).put("total_rounds", 1440))));
        out.add(Mutation.custom(soakDir + "/rounds", "", "rounds/ removed: the document has nothing behind it",
                Expect.CHANGE, set -> {
                    EvidenceSet without = set;
                    for (String file : set.allFiles()) {
                        if (file.startsWith(soakDir + "/rounds/")) {
                            without = without.without(file);
                        }
                    }
                    return without;
                }));
        String peer = soakDir + "/peer-received.json";
        out.add(Mutation.custom(peer, "/received", "a receipt removed after the genuine write-back (silent loss)",
                Expect.CHANGE, set -> {
                    JsonNode tree = set.json(peer);
                    ((ArrayNode) tree.get("received")).remove(30);
                    return set.withJson(peer, tree);
                }));
        // A final.json that claims nothing more than the rounds (mode final, soak not complete, in progress) agrees.
        String fin = soakDir + "/reports/final.json";
        out.add(Mutation.custom(fin, "", "the genuine checkpoint written again as final.json, mode final", Expect.SAME,
                set -> set.withJson(fin, ((ObjectNode) set.json(document)).put("mode", "final"))));
        out.add(Mutation.custom(fin, "", "a hand-written final.json claiming Gate D beside the checkpoint", Expect.CHANGE,
                set -> set.withJson(fin, SoakFixture.claimingGateDPass("final"))));
        return out;
    }

    private static JsonNode at(JsonNode tree, String object, String field, Object value) {
        ObjectNode node = (ObjectNode) tree.at(object);
        node.set(field, dev.junitproof.testing.JsonFixtures.MAPPER.valueToTree(value));
        return tree;
    }
}

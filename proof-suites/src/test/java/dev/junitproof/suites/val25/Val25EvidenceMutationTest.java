package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.Target;
import dev.junitproof.suites.slices.SliceMutations;
import dev.junitproof.testing.mutation.EvidenceMutator;
import dev.junitproof.testing.mutation.EvidenceSet;
import dev.junitproof.testing.mutation.Mutation.Expect;
import dev.junitproof.testing.mutation.Mutation;
import dev.junitproof.testing.mutation.MutationReport;
import dev.junitproof.testing.mutation.MutationRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.junitproof.suites.slices.SliceMutations.edit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence mutation testing of VAL25 over {@link FleetFixture}'s evidence: every field of VAL07–VAL11 removed,
 * retyped, changed and moved past its target and onto it, every array's entries duplicated, appended with a failing
 * status, removed and swapped, plus the mutations only this suite can state. Each must change some check's status, a
 * level or the verdict (or, where it must not, change nothing), unless the field is declared informational in
 * {@link FleetInformationalFields}.
 */
class Val25EvidenceMutationTest {

    private static final String UNIT = FleetFixture.UNIT;
    private static final String VAL07 = UNIT + "/val07-report.json";
    private static final String VAL08 = UNIT + "/val08-report.json";
    private static final String VAL10 = UNIT + "/val10-report.json";
    private static final String VAL11 = UNIT + "/val11-report.json";

    @TempDir
    Path tmp;

    @Test
    void everyMutationOfAJudgedFieldChangesAnOutcome() {
        FleetFixture.passing().writeTo(tmp.resolve("fixture"));
        EvidenceSet baseline = EvidenceSet.read(tmp.resolve("fixture"));
        List<Mutation> mutations = new ArrayList<>();
        mutations.addAll(generic(baseline));
        mutations.addAll(SliceMutations.envelope(baseline, FleetSlices.ALL.stream().map(s -> UNIT + "/" + s.file()).toList(),
                LatencyFigures.P99));
        mutations.addAll(figuresFailingUnderAllPassChecks());
        mutations.addAll(latencyTargets());
        mutations.addAll(entriesTheSeedDoesNotName());

        MutationReport report = MutationRun.of(new Val25Suite(), UNIT).run(tmp.resolve("work"), baseline, mutations);

        System.out.println(report.summary());
        assertThat(report.failures()).as(report.failureText()).isEmpty();
        assertThat(report.count(MutationReport.Verdict.KILLED)).isGreaterThan(500);
    }

    /**
     * The generic mutations with the suite's typed targets. N=1 and N=100 plans/sec judge each other (N=100 >= N=1):
     * each is moved past and onto the other's sample figure. What the seed makes order-free expects no change when
     * swapped (check lists, tiers found by n, samples by nearest rank), and a sample moved without changing any
     * nearest-rank percentile must change nothing either (see {@link #sampleShift}).
     */
    private static List<Mutation> generic(EvidenceSet baseline) {
        List<Mutation> generated = EvidenceMutator.of(baseline)
                .target("/concurrent/wall_ms", FleetTargets.CONCURRENT_WALL)
                .target("/tiers/3/wall_ms", FleetTargets.N100_WALL)
                .target("/tiers/0/plans_per_sec", Target.atMost(78.05, FleetTargets.PLANS_PER_SEC))
                .target("/tiers/3/plans_per_sec", FleetTargets.scaling(18.42))
                .mutations();
        List<Mutation> out = new ArrayList<>();
        for (Mutation m : SliceMutations.orderFree(generated,
                p -> p.equals("/checks") || p.equals("/tiers") || p.endsWith("/samples_ms"))) {
            out.add(sampleShift(m, baseline));
        }
        return out;
    }

    /**
     * A sample moved (by one, or halved) changes a figure only if it changes a nearest-rank percentile: the suite
     * judges the samples through p50/p95/p99 and their count, nothing else. This oracle recomputes the three
     * percentiles itself and expects a change exactly when one of them moves beyond the lab's one-decimal rounding.
     */
    private static Mutation sampleShift(Mutation m, EvidenceSet baseline) {
        if (m.kind() != Mutation.Kind.NUMBER_SHIFTED || !m.pointer().matches("/plan_(create|list)/samples_ms/\\d+")) {
            return m;
        }
        String array = m.pointer().substring(0, m.pointer().lastIndexOf('/'));
        List<Double> before = values(baseline.json(m.file()).at(array));
        List<Double> after = values(m.apply().apply(baseline).json(m.file()).at(array));
        boolean moves = false;
        for (int p : new int[] {50, 95, 99}) {
            moves |= Math.abs(NearestRank.percentile(before, p).orElseThrow() - NearestRank.percentile(after, p).orElseThrow())
                    > NearestRank.ROUNDING;
        }
        return moves ? m : SliceMutations.same(m);
    }

    private static List<Double> values(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    /** Class 2: the lab's checks all say PASS while its own figure misses the seed's target (issue #15's examples). */
    private static List<Mutation> figuresFailingUnderAllPassChecks() {
        return List.of(
                edit(VAL07, "/plan_list", "plan_list p99 9,000 ms, its samples agreeing, every check PASS", Expect.CHANGE, tree -> {
                    ObjectNode list = (ObjectNode) tree.path("plan_list");
                    list.put("p99_ms", 9000.0);
                    ((ArrayNode) list.path("samples_ms")).set(19, list.numberNode(9000.0));
                }),
                edit(VAL07, "/concurrent", "concurrent 4/5 succeeded, every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("concurrent")).put("succeeded", 4)),
                edit(VAL07, "/concurrent", "concurrent run of 4 requests, all succeeded (not the seed's 5x)", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("concurrent")).put("requests", 4).put("succeeded", 4)),
                edit(VAL10, "/batches/retry", "retry 4/5 while the aggregate of 500-operation batches meets 0.990",
                        Expect.CHANGE, tree -> {
                            ((ObjectNode) tree.at("/batches/retry")).put("total", 5).put("ok", 4);
                            ((ObjectNode) tree.at("/batches/rollback")).put("total", 500).put("ok", 500);
                        }),
                edit(VAL10, "/batches/retry", "retry 6/5: more successes than runs", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.at("/batches/retry")).put("ok", 6)),
                edit(VAL08, "/tiers/3", "N=100 wall 30,001 ms, every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.at("/tiers/3")).put("wall_ms", 30001)),
                edit(VAL08, "/tiers/3", "N=100 slower than N=1 (plans/sec), every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.at("/tiers/3")).put("plans_per_sec", 18.0)),
                edit(VAL11, "/scenarios/cascade_recovery", "cascade recovery FAIL, every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("scenarios")).put("cascade_recovery", "FAIL")),
                edit(VAL07, "/plan_create/samples", "samples one more than the entries of samples_ms (issue #16)",
                        Expect.CHANGE, tree -> ((ObjectNode) tree.path("plan_create")).put("samples", 21)));
    }

    /**
     * Each latency target approached on the samples, not on the reported figure alone: the reported percentile and
     * every sample from its nearest rank up moved exactly onto the target (still met) and just past it.
     */
    private static List<Mutation> latencyTargets() {
        List<Mutation> out = new ArrayList<>();
        Object[][] targets = {
                {"plan_create", 50, FleetTargets.PLAN_CREATE_P50}, {"plan_create", 95, FleetTargets.PLAN_CREATE_P95},
                {"plan_create", 99, FleetTargets.PLAN_CREATE_P99}, {"plan_list", 99, FleetTargets.PLAN_LIST_P99}};
        for (Object[] t : targets) {
            String name = (String) t[0];
            int p = (int) t[1];
            Target target = (Target) t[2];
            out.add(percentileAt(name, p, target.value(), Expect.SAME, "onto " + target.text()));
            out.add(percentileAt(name, p, target.value() + 1e-6, Expect.CHANGE, "just past " + target.text()));
        }
        // Class 7: rounding must not hide a miss. The lab's one-decimal p99 agrees with its top sample, which does not.
        out.add(edit(VAL07, "/plan_create/samples_ms/19", "p99 500.0 ms reported, its sample 500.04 ms", Expect.CHANGE, tree -> {
            ObjectNode create = (ObjectNode) tree.path("plan_create");
            create.put("p99_ms", 500.0);
            ((ArrayNode) create.path("samples_ms")).set(19, create.numberNode(500.04));
        }));
        return out;
    }

    private static Mutation percentileAt(String name, int p, double ms, Expect expect, String how) {
        return edit(VAL07, "/" + name + "/p" + p + "_ms", name + " p" + p + " and its samples " + how, expect, tree -> {
            ObjectNode latency = (ObjectNode) tree.path(name);
            ArrayNode samples = (ArrayNode) latency.path("samples_ms");
            for (int i = (int) Math.ceil(p / 100.0 * samples.size()) - 1; i < samples.size(); i++) {
                samples.set(i, latency.numberNode(ms));
            }
            for (int q : new int[] {50, 95, 99}) {
                if (q >= p) {
                    latency.put("p" + q + "_ms", ms);
                }
            }
        });
    }

    /** Class 3: entries the seed does not name, failing ones noticed, harmless ones reported without a change. */
    private static List<Mutation> entriesTheSeedDoesNotName() {
        return List.of(
                edit(VAL08, "/tiers", "a second N=100 tier, with errors", Expect.CHANGE, tree -> ((ArrayNode) tree.path("tiers"))
                        .addObject().put("n", 100).put("wall_ms", 7000.0).put("errors", 3).put("plans_per_sec", 70.0)),
                edit(VAL08, "/tiers", "a second N=100 tier, error-free", Expect.CHANGE, tree -> ((ArrayNode) tree.path("tiers"))
                        .add(tree.at("/tiers/3").deepCopy())),
                // Only the tier list judged whole notices this one: no figure is read from the N=50 tier.
                edit(VAL08, "/tiers", "a second N=50 tier", Expect.CHANGE, tree -> ((ArrayNode) tree.path("tiers"))
                        .add(tree.at("/tiers/2").deepCopy())),
                edit(VAL11, "/scenarios", "a scenario the seed does not name, recorded FAIL", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("scenarios")).put("network_partition", "FAIL")),
                edit(VAL11, "/scenarios", "a scenario the seed does not name, recorded PASS (harmless, reported)", Expect.SAME,
                        tree -> ((ObjectNode) tree.path("scenarios")).put("network_partition", "PASS")),
                edit(VAL07, "", "a field the contract does not name (labs add fields over time)", Expect.SAME,
                        tree -> tree.put("runner_version", "1.4.2")));
    }
}

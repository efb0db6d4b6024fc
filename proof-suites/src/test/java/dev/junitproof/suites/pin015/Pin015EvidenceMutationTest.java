package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence mutation testing for PIN015 over the generator's certified run ({@link M4Fixture#certified()}, proved
 * with its lowered shadow thresholds): every field of every JSON file removed, retyped, changed, moved past its
 * {@link M4Targets} target and onto it, every array's entries duplicated, appended with a failing status, removed
 * and swapped; then the mutations only PIN015 can state, one or more per class of #15: the shadow log with a
 * mismatching cycle, without its completion line, with a time going backwards, before its start, past its end,
 * naming another run; golden files removed, unparsable, not objects; required files removed; a lab status left
 * PASS while its figure fails; a 21st runbook item; a runbook or sign-off claiming more than the raw evidence.
 * Every mutant must change a check's status, the level or the verdict, unless it is declared to change nothing
 * (a figure onto an inclusive target, the order of an order-free list, a harmless extra entry) or touches a field
 * {@link Pin015Suite#informationalFields()} declares.
 */
class Pin015EvidenceMutationTest {

    private static final String UNIT = M4Fixture.UNIT;
    private static final String LOG = UNIT + "/" + M4Files.SHADOW_LOG;
    private static final String GOLDEN = UNIT + "/" + GoldenFiles.DIRECTORY;
    /** Arrays whose order records nothing: swapping two entries must change nothing. */
    private static final Set<String> ORDER_FREE = Set.of(
            UNIT + "/" + M4Files.PHASE_D_FAULTS + " /faults", UNIT + "/" + M4Files.PHASE_B + " /workflow_types");

    @TempDir
    Path tmp;

    @Test
    void everyMutationOfJudgedEvidenceChangesAnOutcome() {
        M4Fixture fixture = M4Fixture.certified();
        fixture.writeTo(tmp.resolve("fixture"));
        EvidenceSet baseline = EvidenceSet.read(tmp.resolve("fixture"));

        List<Mutation> mutations = new ArrayList<>();
        for (Mutation m : generic(baseline)) {
            if (sampled(m)) {
                mutations.add(orderFree(m));
            }
        }
        mutations.addAll(shadowLog(baseline));
        mutations.addAll(goldenFiles(baseline));
        mutations.addAll(requiredFiles(baseline));
        mutations.addAll(claims(baseline));
        MutationRun run = MutationRun.of(new Pin015Suite(), UNIT);
        List<String> configuration = fixture.configuration();
        for (int i = 0; i < configuration.size(); i += 2) {
            run.setting(configuration.get(i), configuration.get(i + 1));
        }

        MutationReport report = run.run(tmp.resolve("work"), baseline, mutations);

        System.out.println(report.summary());
        assertThat(report.failures()).as(report.failureText()).isEmpty();
        // Killed for the reason each class names, not by accident (a mutant that broke the whole file).
        killedBy(report, "a 21st item, status FAIL", "M4-RB-ITEMS PASS -> FAIL", "M4-08 PASS -> FAIL", "verdict M4 CERTIFIED -> M4 NOT CERTIFIED");
        killedBy(report, "item 7 PASS claiming 2880 cycles", "M4-RB-07 PASS -> FAIL; M4-08");
        killedBy(report, "item 17 PASS with 5 rule groups", "M4-RB-17 PASS -> FAIL; M4-08");
        killedBy(report, "item 7 expecting >=4", "M4-RB-07 PASS -> FAIL; M4-08");
        killedBy(report, "item 3 PASS with actual", "M4-RB-03 PASS -> FAIL; M4-08");
        killedBy(report, "item 12 PASS without its actual", "M4-RB-12 PASS -> FAIL; M4-08");
        killedBy(report, "rules_loaded 21 while", "M4-A-02 PASS -> FAIL; M4-01");
        killedBy(report, "a 13th fault type", "M4-D-15 PASS -> FAIL; M4-04");
        killedBy(report, "a tenth step, recorded PASS", "M4-C-10 PASS -> FAIL; M4-03");
        killedBy(report, "cycle 2 completes with 1 mismatch", "M4-SH-03 PASS -> FAIL");
        killedBy(report, "the completion line removed", "M4-SH-01 PASS -> PENDING");
        killedBy(report, "(time backwards)", "M4-SH-05 PASS -> FAIL");
        killedBy(report, "before shadow.json started_at", "M4-SH-05 PASS -> FAIL");
        killedBy(report, "cycle 4 begins at the run's end", "M4-SH-05 PASS -> FAIL");
        killedBy(report, "the log names another run", "M4-SH-05 PASS -> FAIL");
        killedBy(report, "wf-000003.json removed", "M4-SH-04 PASS -> FAIL");
        killedBy(report, "wf-000003.json cut off mid-write", "M4-SH-06 PASS -> FAIL");
        killedBy(report, "signed the day before", "M4-SIGNOFF PASS -> FAIL");
        killedBy(report, "phase-b-determinism.json removed", "M4-B-01 PASS -> FAIL");
        killedBy(report, "signoff.json removed", "M4-SIGNOFF PASS -> PENDING");
    }

    private static void killedBy(MutationReport report, String description, String... changes) {
        assertThat(report.results()).filteredOn(r -> r.mutation().description().contains(description))
                .as(description).singleElement()
                .satisfies(r -> assertThat(r.detail()).as(description).contains(changes));
    }

    /**
     * The runbook's 20 items and the 12 fault types are judged by one code path each: every field of the items
     * that stand for each kind of Actual (first and last, a literal, a shadow figure, the free summary, the rule
     * groups, a number, a count) and of the first, a middle and the last fault type is mutated, so the test runs in
     * seconds; the arrays themselves are mutated whole.
     */
    private static boolean sampled(Mutation m) {
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^/(items|faults)/(\\d+)/").matcher(m.pointer());
        if (!entry.find()) {
            return true;
        }
        int index = Integer.parseInt(entry.group(2));
        return entry.group(1).equals("items") ? Set.of(0, 6, 15, 16, 17, 19).contains(index) : Set.of(0, 7, 11).contains(index);
    }

    /** The generic mutations, every JSON file, with the suite's own targets. */
    static List<Mutation> generic(EvidenceSet baseline) {
        return EvidenceMutator.of(baseline)
                .target("/rules_loaded", M4Targets.ALERT_RULES)
                .target("/rule_groups", M4Targets.RULE_GROUPS)
                .target("/iterations_per_worker", M4Targets.ITERATIONS_PER_WORKER)
                .target("/workers", M4Targets.WORKERS)
                .target("/mismatches", M4Targets.DETERMINISM_MISMATCHES)
                .target("/golden_corruption", M4Targets.GOLDEN_CORRUPTION)
                .target("/stress_workers", M4Targets.STRESS_WORKERS)
                .target("/duration_h", M4Targets.SHADOW_DURATION)
                .mutations();
    }

    /**
     * Swapping two fault types or two workflow types records nothing new: it must change nothing. Moving Phase B's
     * workers onto their target also moves the product the total is checked against, so that mutant moves the
     * total with it (what a lab that ran two workers would have written).
     */
    private static Mutation orderFree(Mutation m) {
        String phaseB = UNIT + "/" + M4Files.PHASE_B;
        if (m.kind() == Mutation.Kind.NUMBER_ONTO_TARGET && m.file().equals(phaseB) && m.pointer().equals("/workers")) {
            return Mutation.custom(phaseB, "/workers", m.description() + ", total_iterations 15000 with it", Expect.SAME,
                    set -> set.withJson(phaseB, ((ObjectNode) set.json(phaseB)).put("workers", 2).put("total_iterations", 15000)));
        }
        if (m.kind() == Mutation.Kind.ENTRIES_SWAPPED && ORDER_FREE.contains(m.file() + " " + m.pointer())) {
            return new Mutation(m.file(), m.pointer(), m.kind(), m.description() + " (order free)", Expect.SAME, m.apply());
        }
        return m;
    }

    private static Mutation log(String description, UnaryOperator<String> change) {
        return Mutation.custom(LOG, "", description, Expect.CHANGE, set -> set.withText(LOG, change.apply(set.text(LOG))));
    }

    /** Replaces the one line that starts with {@code prefix} (its time kept unless the replacement has its own). */
    private static String line(String log, String contains, String replacement) {
        List<String> lines = new ArrayList<>(List.of(log.split("\n")));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(contains)) {
                if (replacement == null) {
                    lines.remove(i);
                } else {
                    lines.set(i, replacement);
                }
                return String.join("\n", lines) + "\n";
            }
        }
        throw new IllegalArgumentException("no line with " + contains);
    }

    /** #15 classes 2, 5 and 7 on the shadow log: figures, integrity, times and run id. */
    static List<Mutation> shadowLog(EvidenceSet baseline) {
        String start = "2025-12-02T13:12:19+01:00";
        return List.of(
                log("cycle 2 completes with 1 mismatch", l -> line(l, "Cycle 2 complete",
                        "2025-12-03T01:12:14+01:00 Cycle 2 complete: 2 workflows, 2 replays, 1 mismatches")),
                log("the completion line removed", l -> line(l, "Shadow simulation complete", null)),
                log("cycle 3 starts before cycle 2 completed (time backwards)", l -> line(l, "Running cycle 3",
                        "2025-12-02T20:00:00+01:00 Running cycle 3")),
                log("the start line an hour before shadow.json started_at", l -> line(l, "Shadow simulation started",
                        "2025-12-02T12:12:19+01:00 Shadow simulation started: shadow_24h_20251202_131219")),
                log("cycle 4 begins at the run's end", l -> line(line(line(l, "Running cycle 4",
                                "2025-12-03T13:12:19+01:00 Running cycle 4"), "Cycle 4 complete",
                                "2025-12-03T13:12:20+01:00 Cycle 4 complete: 2 workflows, 2 replays, 0 mismatches"),
                        "Shadow simulation complete", "2025-12-03T13:12:21+01:00 Shadow simulation complete")),
                log("the log names another run", l -> line(l, "Shadow simulation started",
                        start + " Shadow simulation started: shadow_24h_20251202_999999")),
                log("the Running cycle 4 line removed", l -> line(l, "Running cycle 4", null)),
                log("a mismatch written in another form", l -> line(l, "Shadow simulation complete",
                        "2025-12-03T13:12:18+01:00 Cycle 4 recheck: 1 mismatch\n2025-12-03T13:12:19+01:00 Shadow simulation complete")),
                log("a time without an offset", l -> line(l, "Running cycle 2", "2025-12-02T19:12:19 Running cycle 2")),
                Mutation.custom(LOG, "", "chatter added (not a cycle line)", Expect.SAME, set -> set.withText(LOG,
                        line(set.text(LOG), "Running cycle 2", "2025-12-02T19:12:18+01:00 heartbeat ok\n"
                                + "2025-12-02T19:12:19+01:00 Running cycle 2"))));
    }

    /** The golden files: counted, each must parse as an object; other entries are harmless. */
    static List<Mutation> goldenFiles(EvidenceSet baseline) {
        String third = GOLDEN + "/wf-000003.json";
        return List.of(
                Mutation.custom(GOLDEN, "", "wf-000003.json removed", Expect.CHANGE, set -> set.without(third)),
                Mutation.custom(GOLDEN, "", "wf-000003.json cut off mid-write", Expect.CHANGE,
                        set -> set.withText(third, "{\"workflow\": \"wf-0000")),
                Mutation.custom(GOLDEN, "", "wf-000003.json an array, not an object", Expect.CHANGE,
                        set -> set.withText(third, "[]")),
                Mutation.custom(GOLDEN, "", "a ninth golden file for 8 workflows", Expect.CHANGE,
                        set -> set.withText(GOLDEN + "/wf-000009.json", "{\"workflow\": \"wf-000009\"}")),
                Mutation.custom(GOLDEN, "", "a file that is not *.json (harmless, reported)", Expect.SAME,
                        set -> set.withText(GOLDEN + "/wf-000009.json.tmp", "{")));
    }

    /** #15 class 5: required evidence absent fails; the optional sign-off absent waits. Both change outcomes. */
    static List<Mutation> requiredFiles(EvidenceSet baseline) {
        List<Mutation> out = new ArrayList<>();
        for (String file : List.of(M4Files.PHASE_A, M4Files.PHASE_B, M4Files.PHASE_C, M4Files.PHASE_D_FAULTS,
                M4Files.PHASE_D_CPU, M4Files.PHASE_E, M4Files.SHADOW, M4Files.SHADOW_LOG, M4Files.RUNBOOK, M4Files.SIGNOFF)) {
            String path = UNIT + "/" + file;
            out.add(new Mutation(path, "", Mutation.Kind.FILE_REMOVED, file + " removed", Expect.CHANGE, set -> set.without(path)));
            out.add(Mutation.custom(path, "", file + " unparsable", Expect.CHANGE, set -> set.withText(path, "{\"truncated\": ")));
        }
        return out;
    }

    private static Mutation json(String file, String pointer, String description, Expect expect, UnaryOperator<JsonNode> change) {
        String path = UNIT + "/" + file;
        return Mutation.custom(path, pointer, description, expect, set -> set.withJson(path, change.apply(set.json(path))));
    }

    /** #15 classes 2, 3 and 1-like: lab statuses kept PASS against their figures, extra entries, claims beyond the raw data. */
    static List<Mutation> claims(EvidenceSet baseline) {
        return List.of(
                json(M4Files.PHASE_A, "", "rules_loaded 21 while the lab's three results stay PASS", Expect.CHANGE,
                        a -> ((ObjectNode) a).put("rules_loaded", 21)),
                json(M4Files.RUNBOOK, "", "a 21st item, status FAIL", Expect.CHANGE, r -> {
                    ((ArrayNode) r.get("items")).addObject().put("n", 21).put("check", "Extra drill").put("command", "true")
                            .put("expected", "OK").put("actual", "timeout").put("status", "FAIL");
                    return r;
                }),
                json(M4Files.RUNBOOK, "", "item 7 PASS claiming 2880 cycles where the log has 4", Expect.CHANGE,
                        r -> item(r, 6, "actual", "2880")),
                json(M4Files.RUNBOOK, "", "item 17 PASS with 5 rule groups (>= 6)", Expect.CHANGE,
                        r -> item(r, 16, "actual", "5")),
                json(M4Files.RUNBOOK, "", "item 7 expecting >=4: the lab lowering its own bar", Expect.CHANGE,
                        r -> item(r, 6, "expected", "≥4")),
                json(M4Files.RUNBOOK, "", "item 3 PASS with actual \"no reply\"", Expect.CHANGE,
                        r -> item(r, 2, "actual", "no reply")),
                json(M4Files.RUNBOOK, "", "item 12 PASS without its actual", Expect.CHANGE,
                        r -> item(r, 11, "actual", "")),
                json(M4Files.RUNBOOK, "", "item 1's expected written with its quotes, actual \"healthy.\"", Expect.SAME,
                        r -> item(r, 0, "actual", "\"healthy.\"")),
                json(M4Files.PHASE_D_FAULTS, "", "a 13th fault type, classified as its lab expected", Expect.CHANGE, d -> {
                    ((ArrayNode) d.get("faults")).addObject().put("type", "DISK_FULL").put("injected", true)
                            .put("expected", "RESOURCE").put("classified", "RESOURCE");
                    return d;
                }),
                json(M4Files.PHASE_B, "", "a fourth workflow type with the total to match (harmless, reported)", Expect.SAME, b -> {
                    ((ArrayNode) b.get("workflow_types")).add("batch");
                    return ((ObjectNode) b).put("total_iterations", 30000);
                }),
                json(M4Files.PHASE_C, "", "a tenth step, recorded PASS", Expect.CHANGE, c -> {
                    ((ArrayNode) c.get("tests")).addObject().put("name", "Skip verification").put("result", "PASS");
                    return c;
                }),
                json(M4Files.SIGNOFF, "", "signed the day before the shadow run completed", Expect.CHANGE,
                        s -> ((ObjectNode) s).put("date", "2025-12-02")),
                json(M4Files.SIGNOFF, "", "signed with a timestamp a second before the completion line", Expect.CHANGE,
                        s -> ((ObjectNode) s).put("date", "2025-12-03T13:12:18+01:00")),
                json(M4Files.SIGNOFF, "", "owner blank", Expect.CHANGE, s -> ((ObjectNode) s).put("owner", " ")),
                json(M4Files.SHADOW, "", "shadow.json declares lowered thresholds for itself (ignored)", Expect.SAME, s -> {
                    ((ObjectNode) s).putObject("thresholds").put("min_cycles", 1).put("min_golden_files", 1).put("reason", "x");
                    return s;
                }));
    }

    /** The runbook with one field of one item changed. */
    private static JsonNode item(JsonNode runbook, int index, String field, String value) {
        ((ObjectNode) runbook.get("items").get(index)).put(field, value);
        return runbook;
    }
}

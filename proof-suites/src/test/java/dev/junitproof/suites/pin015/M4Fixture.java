package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixture generator for PIN015: one {@code m4-validation-YYYY-MM-DD/} directory. {@link #seed()} is the seed's own
 * state: phases A–E as it tables them, the 24-hour shadow run 12 minutes in (24 cycles, 216 workflows, 0
 * mismatches), the runbook not yet run and no sign-off. {@link #certified()} is a small finished run (4 cycles
 * of 6 hours, 8 golden files) that declares lowered thresholds in {@code shadow/shadow.json}, every runbook item
 * PASS and a sign-off. Every field varies in one line.
 */
final class M4Fixture {

    static final String UNIT = "m4-validation-2025-12-03";
    static final String STARTED_AT = "2025-12-02T13:12:19+01:00";
    static final String LOWERED_REASON = "small sample for the README; real evidence is held to the seed's thresholds";

    private final Map<String, ObjectNode> json = new LinkedHashMap<>();
    private final Map<String, String> raw = new LinkedHashMap<>();
    /** Per cycle: {workflows, replays, mismatches}. */
    private final List<long[]> cycles = new ArrayList<>();
    private final List<String> extraLogLines = new ArrayList<>();
    private boolean completionLine;
    private long goldenFiles = -1;
    private final List<Integer> corruptGolden = new ArrayList<>();

    private M4Fixture() {
        json.put(M4Files.PHASE_A, phaseA());
        json.put(M4Files.PHASE_B, phaseB());
        json.put(M4Files.PHASE_C, steps(LifecycleSteps.GOLDEN));
        json.put(M4Files.PHASE_D_FAULTS, faults());
        json.put(M4Files.PHASE_D_CPU, cpuStress());
        json.put(M4Files.PHASE_E, steps(LifecycleSteps.KILL_RESTORE));
        json.put(M4Files.SHADOW, shadow());
        json.put(M4Files.RUNBOOK, runbook());
        for (int i = 0; i < 24; i++) {
            cycles.add(new long[] {9, 9, 0});
        }
    }

    /** The seed's state: everything but the shadow run, runbook and sign-off done; shadow 12 minutes in. */
    static M4Fixture seed() {
        return new M4Fixture();
    }

    /**
     * The configuration parameters the small certified run is proved with (README, consumer, CI): its 4 cycles
     * and 8 golden files are far below the seed's, which real evidence is held to.
     */
    static final List<String> SAMPLE_THRESHOLDS = List.of(
            "proof.pin015.min-cycles", "4", "proof.pin015.min-golden-files", "8");

    private List<String> configuration = List.of();

    /** The configuration parameters a run over this fixture uses (key, value, key, value, ...). */
    List<String> configuration() {
        return configuration;
    }

    /** Run with the seed's thresholds, whatever this fixture is proved with by default. */
    M4Fixture atSeedThresholds() {
        configuration = List.of();
        return this;
    }

    /** A small complete run: 4 cycles of 6 hours over 24 hours, 8 golden files, proved with lowered thresholds. */
    static M4Fixture certified() {
        M4Fixture f = new M4Fixture();
        f.configuration = SAMPLE_THRESHOLDS;
        f.set(M4Files.SHADOW, "/cycle_interval_s", 21600).set(M4Files.SHADOW, "/workflows_per_cycle", 2);
        f.set(M4Files.SHADOW, "/workers", 1);
        f.cycles.clear();
        for (int i = 0; i < 4; i++) {
            f.cycles.add(new long[] {2, 2, 0});
        }
        f.completionLine = true;
        String[] actual = {"healthy", "Container UP", "PONG", "1", "Prometheus Server is Healthy", "Found", "4", "4", "0",
                "8", "0 mismatches", "All sections OK", "Flag created", "ENABLED", "Flag removed", "Summary output", "6",
                "0", "OK", "0"};
        for (int n = 1; n <= 20; n++) {
            f.runbookItem(n, "PASS", actual[n - 1]);
        }
        return f.signoff("sre-oncall", "2025-12-03", true);
    }

    private static ObjectNode phaseA() {
        ObjectNode a = JsonFixtures.object();
        a.put("rules_reload", "PASS");
        a.put("dashboard_import", "PASS");
        a.put("synthetic_alert", "PASS");
        a.put("rules_loaded", 22);
        a.put("rule_groups", 6);
        return a;
    }

    private static ObjectNode phaseB() {
        ObjectNode b = JsonFixtures.object();
        b.put("workers", 3);
        b.put("iterations_per_worker", 500);
        b.put("seeds_per_iteration", 5);
        ArrayNode types = b.putArray("workflow_types");
        types.add("compute").add("io").add("llm");
        b.put("total_iterations", 22500);
        b.put("mismatches", 0);
        b.put("duration_s", 11.23);
        return b;
    }

    private static ObjectNode steps(List<String> names) {
        ObjectNode report = JsonFixtures.object();
        ArrayNode tests = report.putArray("tests");
        for (String name : names) {
            tests.addObject().put("name", name).put("result", "PASS");
        }
        return report;
    }

    private static ObjectNode faults() {
        ObjectNode d = JsonFixtures.object();
        ArrayNode faults = d.putArray("faults");
        FaultTaxonomy.EXPECTED.forEach((type, cls) -> faults.addObject()
                .put("type", type).put("injected", true).put("expected", cls).put("classified", cls));
        d.put("golden_corruption", 0);
        return d;
    }

    private static ObjectNode cpuStress() {
        ObjectNode c = JsonFixtures.object();
        c.put("stress_workers", 4);
        c.put("replay_workers", 4);
        c.put("workflows", 100);
        c.put("replays", 100);
        c.put("mismatches", 0);
        return c;
    }

    private static ObjectNode shadow() {
        ObjectNode s = JsonFixtures.object();
        s.put("run_id", "shadow_24h_20251202_131219");
        s.put("started_at", STARTED_AT);
        s.put("duration_h", 24);
        s.put("workers", 3);
        s.put("cycle_interval_s", 30);
        s.put("workflows_per_cycle", 10);
        return s;
    }

    private static ObjectNode runbook() {
        ObjectNode r = JsonFixtures.object();
        ArrayNode items = r.putArray("items");
        for (RunbookItem seed : RunbookItem.SEED) {
            items.addObject()
                    .put("n", seed.n())
                    .put("check", seed.check())
                    // The lab records the shell command itself, not the seed's markdown cell.
                    .put("command", seed.command().replace("`", "").replace("\\|", "|"))
                    .put("expected", seed.expected().replace("`", ""))
                    .put("actual", "")
                    .put("status", "");
        }
        return r;
    }

    /** Sets a field by JSON pointer in one of the JSON files (numbers, strings, booleans, null or a tree). */
    M4Fixture set(String file, String pointer, Object value) {
        JsonNode node = value == null ? JsonNodeFactory.instance.nullNode()
                : value instanceof JsonNode j ? j : JsonFixtures.MAPPER.valueToTree(value);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = json.get(file).at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return this;
    }

    /** Appends an entry (given as JSON text) to an array of one of the JSON files. */
    M4Fixture append(String file, String arrayPointer, String entry) {
        try {
            ((ArrayNode) json.get(file).at(arrayPointer)).add(JsonFixtures.MAPPER.readTree(entry));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The log as this fixture writes it (or as an earlier replacement left it), with the first line containing
     * {@code contains} replaced (or removed if null). The log is fixed from here on: call it last.
     */
    M4Fixture logLineReplaced(String contains, String replacement) {
        String current = raw.get(M4Files.SHADOW_LOG) != null ? raw.get(M4Files.SHADOW_LOG) : log();
        List<String> lines = new ArrayList<>(List.of(current.split("\n")));
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).contains(contains)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("no log line with " + contains);
        }
        if (replacement == null) {
            lines.remove(at);
        } else {
            lines.set(at, replacement);
        }
        return rawText(M4Files.SHADOW_LOG, String.join("\n", lines) + "\n");
    }

    /** Moves entry {@code index} of an array to its end (the entries otherwise in order). */
    M4Fixture moveToEnd(String file, String arrayPointer, int index) {
        ArrayNode array = (ArrayNode) json.get(file).at(arrayPointer);
        array.add(array.remove(index));
        return this;
    }

    M4Fixture remove(String file, String pointer) {
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) json.get(file).at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        return this;
    }

    /** The file is not in the directory (JSON files, {@code shadow/shadow.log} or {@code signoff.json}). */
    M4Fixture without(String file) {
        json.remove(file);
        raw.remove(file);
        if (file.equals(M4Files.SHADOW_LOG)) {
            raw.put(file, null);
        }
        return this;
    }

    /** The file holds exactly this text (not valid JSON, say). */
    M4Fixture rawText(String file, String text) {
        json.remove(file);
        raw.put(file, text);
        return this;
    }

    /** {@code shadow/shadow.json /thresholds}: minimums the evidence declares for itself (and the proof ignores). */
    M4Fixture lowered(long minCycles, long minGoldenFiles) {
        ObjectNode t = JsonFixtures.object();
        t.put("min_cycles", minCycles);
        t.put("min_golden_files", minGoldenFiles);
        t.put("reason", LOWERED_REASON);
        return set(M4Files.SHADOW, "/thresholds", t);
    }

    M4Fixture misclassify(String type, String classified) {
        int index = new ArrayList<>(FaultTaxonomy.EXPECTED.keySet()).indexOf(type);
        return set(M4Files.PHASE_D_FAULTS, "/faults/" + index + "/classified", classified);
    }

    /** Cycle {@code n} (1-based) reports {@code mismatches}. */
    M4Fixture mismatchingCycle(int n, long mismatches) {
        cycles.get(n - 1)[2] = mismatches;
        return this;
    }

    /** The log holds {@code count} cycles of W workflows, W replays, 0 mismatches each. */
    M4Fixture cycles(int count, long workflows) {
        cycles.clear();
        for (int i = 0; i < count; i++) {
            cycles.add(new long[] {workflows, workflows, 0});
        }
        return this;
    }

    M4Fixture completionLine(boolean present) {
        completionLine = present;
        return this;
    }

    /** A line appended to the log as it is (after the cycles, before the completion line). */
    M4Fixture logLine(String line) {
        extraLogLines.add(line);
        return this;
    }

    /** Exactly this many golden files (default: one per workflow the log reports). */
    M4Fixture goldenFiles(long count) {
        goldenFiles = count;
        return this;
    }

    /** Golden file number {@code i} (1-based) is cut off mid-write. */
    M4Fixture corruptGoldenFile(int i) {
        corruptGolden.add(i);
        return this;
    }

    M4Fixture runbookItem(int n, String status, String actual) {
        set(M4Files.RUNBOOK, "/items/" + (n - 1) + "/status", status);
        return set(M4Files.RUNBOOK, "/items/" + (n - 1) + "/actual", actual);
    }

    M4Fixture signoff(String owner, String date, boolean certified) {
        ObjectNode s = JsonFixtures.object();
        s.put("owner", owner);
        s.put("date", date);
        s.put("certified", certified);
        json.put(M4Files.SIGNOFF, s);
        return this;
    }

    long totalWorkflows() {
        return cycles.stream().mapToLong(c -> c[0]).sum();
    }

    /** Cycle n starts at started_at + (n-1) × interval and completes 5 s before the next; completion at + duration_h. */
    String log() {
        // Without shadow.json (a case of its own) the log is still written, from the default run's parameters.
        JsonNode shadow = json.containsKey(M4Files.SHADOW) ? json.get(M4Files.SHADOW) : shadow();
        OffsetDateTime start = OffsetDateTime.parse(shadow.path("started_at").asText());
        long interval = shadow.path("cycle_interval_s").asLong();
        StringBuilder log = new StringBuilder();
        log.append(start).append(" Shadow simulation started: ").append(shadow.path("run_id").asText()).append('\n');
        for (int i = 0; i < cycles.size(); i++) {
            long[] c = cycles.get(i);
            OffsetDateTime at = start.plusSeconds(i * interval);
            log.append(at).append(" Running cycle ").append(i + 1).append('\n');
            log.append(at.plusSeconds(interval - 5)).append(" Cycle ").append(i + 1).append(" complete: ")
                    .append(c[0]).append(" workflows, ").append(c[1]).append(" replays, ").append(c[2]).append(" mismatches\n");
        }
        extraLogLines.forEach(l -> log.append(l).append('\n'));
        if (completionLine) {
            long hours = shadow.path("duration_h").asLong();
            log.append(start.plusHours(hours)).append(" Shadow simulation complete\n");
        }
        return log.toString();
    }

    /** Writes {@code <root>/m4-validation-2025-12-03/…} and returns the unit directory. */
    Path writeTo(Path root) {
        Path unit = root.resolve(UNIT);
        json.forEach((file, tree) -> JsonFixtures.write(unit.resolve(file), tree));
        if (!raw.containsKey(M4Files.SHADOW_LOG)) {
            JsonFixtures.writeText(unit.resolve(M4Files.SHADOW_LOG), log());
        }
        raw.forEach((file, text) -> {
            if (text != null) {
                JsonFixtures.writeText(unit.resolve(file), text);
            }
        });
        long count = goldenFiles >= 0 ? goldenFiles : totalWorkflows();
        for (int i = 1; i <= count; i++) {
            Path file = unit.resolve(GoldenFiles.DIRECTORY).resolve(String.format("wf-%06d.json", i));
            if (corruptGolden.contains(i)) {
                JsonFixtures.writeText(file, "{\"workflow\": \"wf-" + i);
            } else {
                ObjectNode golden = JsonFixtures.object();
                golden.put("workflow", String.format("wf-%06d", i));
                golden.put("seed", i * 7919L);
                golden.put("hash", String.format("sha256:%064x", i));
                JsonFixtures.write(file, golden);
            }
        }
        return unit;
    }

    /** Regenerates the README's sample: {@code examples/evidence/m4-validation-2025-12-03/}. */
    public static void main(String[] args) {
        certified().writeTo(Path.of(args.length > 0 ? args[0] : "examples/evidence"));
    }
}

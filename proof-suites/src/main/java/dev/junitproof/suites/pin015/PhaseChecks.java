package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.Comparator;
import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phases A–E as the seed tables them, one check per row, one check per figure the seed gives a target
 * ({@link M4Targets}), and one check per array that judges it whole ({@link SeedEntries}): a figure is never
 * judged inside a check that also judges something else, so the report can print each figure's own outcome, and an
 * entry nobody looks up by name is still named. The 24-hour shadow run (Phase E's second table) is
 * {@link ShadowChecks}.
 */
final class PhaseChecks {

    private final M4Evidence evidence;

    PhaseChecks(M4Evidence evidence) {
        this.evidence = evidence;
    }

    static List<String> ids(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(String.format("%s-%02d", prefix, i));
        }
        return ids;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    static final String ALERT_RULES = "M4-A-02";
    static final String RULE_GROUPS = "M4-A-05";
    /** Phase A: the three recorded items, the two figures. */
    static final List<String> PHASE_A = ids("M4-A", 5);

    static final String TOTAL_ITERATIONS = "M4-B-01";
    static final String DETERMINISM_MISMATCHES = "M4-B-02";
    static final String ITERATIONS_PER_WORKER = "M4-B-03";
    static final String WORKERS = "M4-B-04";
    static final String WORKFLOW_TYPES = "M4-B-05";
    static final List<String> PHASE_B = ids("M4-B", 5);

    static final List<String> GOLDEN_STEPS = ids("M4-C", LifecycleSteps.GOLDEN.size());
    static final String GOLDEN_STEPS_WHOLE = "M4-C-10";
    static final List<String> PHASE_C = concat(GOLDEN_STEPS, GOLDEN_STEPS_WHOLE);

    /** One check per fault type, in the taxonomy's order. */
    static final List<String> FAULT_TYPES = ids("M4-D", FaultTaxonomy.EXPECTED.size());
    static final String GOLDEN_CORRUPTION = "M4-D-13";
    static final String CPU_MISMATCHES = "M4-D-14";
    static final String FAULTS_WHOLE = "M4-D-15";
    static final String CPU_REPLAYED = "M4-D-16";
    /** Gate M4-04: the 12 fault types, golden corruption, and the fault list judged whole. */
    static final List<String> FAULT_INJECTION = concat(FAULT_TYPES, GOLDEN_CORRUPTION, FAULTS_WHOLE);
    /** Gate M4-05. */
    static final List<String> CPU_STRESS = List.of(CPU_MISMATCHES, CPU_REPLAYED);

    static final List<String> KILL_RESTORE_STEPS = ids("M4-E", LifecycleSteps.KILL_RESTORE.size());
    static final String KILL_RESTORE_WHOLE = "M4-E-07";
    static final List<String> PHASE_E = concat(KILL_RESTORE_STEPS, KILL_RESTORE_WHOLE);

    CheckGroup phaseA() {
        String file = M4Files.PHASE_A;
        return CheckGroup.of("phase-a", "Phase A: Observability Infrastructure", SourceRef.file(file), List.of(
                flag("M4-A-01", "Prometheus rules reload", "/rules_reload", ObservabilityReport::rulesReload),
                figure(ALERT_RULES, "22 alert rules loaded: rules_loaded " + M4Targets.ALERT_RULES.text(), evidence.phaseA(),
                        file, "/rules_loaded", "alert rules loaded", M4Targets.ALERT_RULES, ObservabilityReport::rulesLoaded),
                flag("M4-A-03", "Grafana dashboard import", "/dashboard_import", ObservabilityReport::dashboardImport),
                flag("M4-A-04", "Synthetic alert verification", "/synthetic_alert", ObservabilityReport::syntheticAlert),
                figure(RULE_GROUPS, "6 rule groups active: rule_groups " + M4Targets.RULE_GROUPS.text(), evidence.phaseA(),
                        file, "/rule_groups", "rule groups active", M4Targets.RULE_GROUPS, ObservabilityReport::ruleGroups)));
    }

    private CheckSpec flag(String id, String title, String pointer, Function<ObservabilityReport, String> field) {
        SourceRef source = SourceRef.of(M4Files.PHASE_A, pointer);
        return new CheckSpec(id, title, source, check -> {
            check.source(source).target("recorded PASS");
            String result = field.apply(Required.present(evidence.phaseA(), check));
            check.measured("recorded " + result).detail(pointer.substring(1) + "=" + result);
            assertThat(result).as("%s in %s", pointer, M4Files.PHASE_A).isEqualTo("PASS");
        }).withCriterion("the lab recorded " + pointer.substring(1) + " PASS");
    }

    /** One figure against its target, and nothing else: the check's outcome is the figure's status. */
    private static <T> CheckSpec figure(String id, String title, Loaded<T> loaded, String file, String pointer, String what,
            Target target, ToLongFunction<T> value) {
        SourceRef source = SourceRef.of(file, pointer);
        return new CheckSpec(id, title, source, check -> {
            check.source(source).target(target);
            long figure = value.applyAsLong(Required.present(loaded, check));
            check.detail(pointer.substring(1) + "=" + figure);
            check.meets(what, M4Targets.counted(figure), target, source);
        }).withCriterion(file + " " + pointer + " " + target.text());
    }

    CheckGroup phaseB() {
        String file = M4Files.PHASE_B;
        return CheckGroup.of("phase-b", "Phase B: Multi-Worker Determinism Validation", SourceRef.file(file), List.of(
                determinismTotals(),
                figure(DETERMINISM_MISMATCHES, "Mismatches across workers " + M4Targets.DETERMINISM_MISMATCHES.text(),
                        evidence.phaseB(), file, "/mismatches", "mismatches across workers",
                        M4Targets.DETERMINISM_MISMATCHES, DeterminismReport::mismatches),
                figure(ITERATIONS_PER_WORKER, "Iterations per worker " + M4Targets.ITERATIONS_PER_WORKER.text(),
                        evidence.phaseB(), file, "/iterations_per_worker", "iterations per worker",
                        M4Targets.ITERATIONS_PER_WORKER, DeterminismReport::iterationsPerWorker),
                figure(WORKERS, "Workers " + M4Targets.WORKERS.text() + " (multi-worker)", evidence.phaseB(), file,
                        "/workers", "workers", M4Targets.WORKERS, DeterminismReport::workers),
                workflowTypes()));
    }

    private CheckSpec determinismTotals() {
        SourceRef source = SourceRef.of(M4Files.PHASE_B, "/total_iterations");
        return new CheckSpec(TOTAL_ITERATIONS, "Total iterations = workers × iterations × seeds × workflow types",
                source, check -> {
            DeterminismReport b = Required.present(evidence.phaseB(), check);
            long recomputed = b.recomputedIterations();
            check.detail(b.workers() + " × " + b.iterationsPerWorker() + " × " + b.seedsPerIteration() + " × "
                    + b.workflowTypes().size() + " = " + M4Targets.counted(recomputed).text());
            // Trust but verify: the lab's total must be what its own parameters ran, not a figure of its choosing.
            check.meets("total_iterations (vs workers × iterations_per_worker × seeds_per_iteration × |workflow_types|)",
                    M4Targets.counted(b.totalIterations()), recomputedTarget(recomputed), source);
        }).withCriterion("total_iterations equals workers × iterations_per_worker × seeds_per_iteration × workflow types");
    }

    /** A target the evidence's own raw figures set (its recomputed total), not the seed: so not in M4Targets. */
    private static Target recomputedTarget(long recomputed) {
        return new Target(Comparator.EQUAL_TO, recomputed, Unit.COUNT, Digits.GROUPED);
    }

    private CheckSpec workflowTypes() {
        SourceRef source = SourceRef.of(M4Files.PHASE_B, "/workflow_types");
        return new CheckSpec(WORKFLOW_TYPES, "Workflow types: the seed's " + String.join(", ", DeterminismReport.SEED_WORKFLOW_TYPES) + ", each once",
                source, check -> {
            check.source(source).target(String.join(", ", DeterminismReport.SEED_WORKFLOW_TYPES) + ", each once");
            DeterminismReport b = Required.present(evidence.phaseB(), check);
            List<String> keys = b.workflowTypes().stream().map(String::strip).toList();
            List<String> shown = b.workflowTypes().stream().map(t -> "\"" + t + "\"").toList();
            // An extra type only adds coverage (and is in the recomputed total): reported, not failed.
            List<String> seed = DeterminismReport.SEED_WORKFLOW_TYPES;
            SeedEntries judged = SeedEntries.judge(M4Files.PHASE_B + " /workflow_types", keys, shown, seed, seed,
                    "workflow types", SeedEntries.Extras.REPORT, SeedEntries.Order.FREE);
            check.measured(String.join(", ", b.workflowTypes()))
                    .detail(judged.reported().isEmpty() ? b.workflowTypes().size() + " types"
                            : "also ran: " + String.join("; ", judged.reported()));
            fail(judged);
        }).withCriterion("workflow_types holds compute, io and llm, each once (another type is reported)");
    }

    CheckGroup phaseC() {
        return CheckGroup.of("phase-c", "Phase C: Golden Archive/Resign/Verify E2E", SourceRef.file(M4Files.PHASE_C),
                steps(GOLDEN_STEPS, GOLDEN_STEPS_WHOLE, LifecycleSteps.GOLDEN, M4Files.PHASE_C, evidence.phaseC()));
    }

    CheckGroup phaseD() {
        List<PlanNode> checks = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> fault : FaultTaxonomy.EXPECTED.entrySet()) {
            checks.add(fault(FAULT_TYPES.get(i++), fault.getKey(), fault.getValue()));
        }
        checks.add(figure(GOLDEN_CORRUPTION, "Golden corruption " + M4Targets.GOLDEN_CORRUPTION.text(), evidence.faults(),
                M4Files.PHASE_D_FAULTS, "/golden_corruption", "golden corruption", M4Targets.GOLDEN_CORRUPTION,
                FaultReport::goldenCorruption));
        checks.add(figure(CPU_MISMATCHES, "CPU stress replay: mismatches under load " + M4Targets.CPU_MISMATCHES.text(),
                evidence.cpuStress(), M4Files.PHASE_D_CPU, "/mismatches", "mismatches under load",
                M4Targets.CPU_MISMATCHES, CpuStressReport::mismatches));
        checks.add(faultsWhole());
        checks.add(cpuReplayed());
        return CheckGroup.of("phase-d", "Phase D: Fault Injection & CPU Stress", SourceRef.file(M4Files.PHASE_D_FAULTS), checks);
    }

    private CheckSpec fault(String id, String type, String expectedClass) {
        SourceRef whole = SourceRef.of(M4Files.PHASE_D_FAULTS, "/faults");
        return new CheckSpec(id, type + " classified " + expectedClass, whole, check -> {
            check.source(whole).target(expectedClass);
            FaultReport d = Required.present(evidence.faults(), check);
            Optional<Integer> index = d.indexOf(type);
            if (index.isEmpty()) {
                check.measured("absent").detail(type + " not in " + M4Files.PHASE_D_FAULTS + " /faults");
                throw new AssertionError(type + " was not injected: no entry in " + M4Files.PHASE_D_FAULTS + " /faults");
            }
            String at = "/faults/" + index.get();
            FaultReport.Fault fault = d.faults().get(index.get());
            check.source(SourceRef.of(M4Files.PHASE_D_FAULTS, at + "/classified")).measured(fault.classified())
                    .detail("expected " + expectedClass + ", classified " + fault.classified());
            long entries = d.faults().stream().filter(f -> f.type().strip().equals(type)).count();
            assertThat(entries).as("entries for %s in %s /faults", type, M4Files.PHASE_D_FAULTS).isEqualTo(1);
            assertThat(fault.injected()).as("%s %s/injected", M4Files.PHASE_D_FAULTS, at).isTrue();
            assertThat(fault.expected().strip())
                    .as("%s %s/expected: the lab expected %s for %s, the seed's taxonomy says %s",
                            M4Files.PHASE_D_FAULTS, at, fault.expected(), type, expectedClass)
                    .isEqualTo(expectedClass);
            assertThat(fault.classified().strip())
                    .as("%s misclassified: expected %s, classified %s (%s %s/classified)",
                            type, expectedClass, fault.classified(), M4Files.PHASE_D_FAULTS, at)
                    .isEqualTo(expectedClass);
        }).withCriterion(type + " injected, and classified " + expectedClass + " as the seed's error taxonomy says");
    }

    /** The fault list whole: a fault type the taxonomy does not name is not one of "all 12 types", and fails. */
    private CheckSpec faultsWhole() {
        SourceRef source = SourceRef.of(M4Files.PHASE_D_FAULTS, "/faults");
        return new CheckSpec(FAULTS_WHOLE, "Fault types: exactly the seed's " + FaultTaxonomy.EXPECTED.size() + ", each once",
                source, check -> {
            check.source(source).target("the seed's " + FaultTaxonomy.EXPECTED.size() + " fault types, each once");
            FaultReport d = Required.present(evidence.faults(), check);
            List<String> keys = d.faults().stream().map(f -> f.type().strip()).toList();
            List<String> shown = d.faults().stream().map(f -> "\"" + f.type() + "\" classified " + f.classified()).toList();
            List<String> seed = List.copyOf(FaultTaxonomy.EXPECTED.keySet());
            SeedEntries judged = SeedEntries.judge(M4Files.PHASE_D_FAULTS + " /faults", keys, shown, seed, seed,
                    "fault types", SeedEntries.Extras.FAIL, SeedEntries.Order.FREE);
            check.measured(d.faults().size() + " entries").detail(d.faults().size() + " fault entries");
            fail(judged);
        }).withCriterion("phase-d-faults.json /faults holds the seed's 12 fault types, each once, and nothing else");
    }

    private CheckSpec cpuReplayed() {
        SourceRef source = SourceRef.of(M4Files.PHASE_D_CPU, "/replays");
        return new CheckSpec(CPU_REPLAYED, "CPU stress replay: every workflow replayed under load", source, check -> {
            CpuStressReport c = Required.present(evidence.cpuStress(), check);
            check.detail(c.replays() + "/" + c.workflows() + " replayed, " + c.stressWorkers() + " stress workers");
            assertThat(c.workflows()).as("%s /workflows", M4Files.PHASE_D_CPU).isPositive();
            check.meets("stress_workers (load applied)", M4Targets.counted(c.stressWorkers()), M4Targets.STRESS_WORKERS,
                    SourceRef.of(M4Files.PHASE_D_CPU, "/stress_workers"));
            check.meets("replays (vs /workflows)", M4Targets.counted(c.replays()), recomputedTarget(c.workflows()), source);
        }).withCriterion("workflows > 0, replays = workflows, stress_workers " + M4Targets.STRESS_WORKERS.text());
    }

    CheckGroup phaseE(CheckGroup shadow) {
        List<PlanNode> nodes = new ArrayList<>(steps(KILL_RESTORE_STEPS, KILL_RESTORE_WHOLE, LifecycleSteps.KILL_RESTORE,
                M4Files.PHASE_E, evidence.phaseE()));
        nodes.add(shadow);
        return CheckGroup.of("phase-e", "Phase E: Lifecycle & Shadow Run", SourceRef.file(M4Files.PHASE_E), nodes);
    }

    private static List<CheckSpec> steps(List<String> ids, String wholeId, List<String> names, String file,
            Loaded<StepReport> report) {
        List<CheckSpec> checks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            checks.add(step(ids.get(i), names.get(i), file, report));
        }
        checks.add(stepsWhole(wholeId, names, file, report));
        return checks;
    }

    private static CheckSpec step(String id, String name, String file, Loaded<StepReport> report) {
        SourceRef whole = SourceRef.of(file, "/tests");
        return new CheckSpec(id, name, whole, check -> {
            check.source(whole).target("recorded PASS");
            StepReport steps = Required.present(report, check);
            Optional<Integer> index = steps.indexOf(name);
            if (index.isEmpty()) {
                check.measured("absent").detail("no step \"" + name + "\" in " + file + " /tests");
                throw new AssertionError("step \"" + name + "\" absent from " + file + " /tests");
            }
            String result = steps.tests().get(index.get()).result();
            check.source(SourceRef.of(file, "/tests/" + index.get() + "/result")).measured("recorded " + result)
                    .detail(name + ": " + result);
            assertThat(result).as("\"%s\" in %s /tests/%d/result", name, file, index.get()).isEqualTo("PASS");
        }).withCriterion("step \"" + name + "\" recorded PASS");
    }

    /** The steps whole, in the seed's order: a lifecycle step run out of order, twice, or unnamed is not the seed's. */
    private static CheckSpec stepsWhole(String id, List<String> names, String file, Loaded<StepReport> report) {
        SourceRef source = SourceRef.of(file, "/tests");
        return new CheckSpec(id, "Steps: exactly the seed's " + names.size() + ", each once, in the seed's order", source, check -> {
            check.source(source).target("the seed's " + names.size() + " steps, each once, in order");
            StepReport steps = Required.present(report, check);
            List<String> keys = steps.tests().stream().map(s -> StepReport.key(s.name())).toList();
            List<String> shown = steps.tests().stream().map(s -> "\"" + s.name() + "\" " + s.result()).toList();
            SeedEntries judged = SeedEntries.judge(file + " /tests", keys, shown, names.stream().map(StepReport::key).toList(),
                    names, "steps", SeedEntries.Extras.FAIL, SeedEntries.Order.SEED);
            check.measured(steps.tests().size() + " entries").detail(steps.tests().size() + " steps recorded");
            fail(judged);
        }).withCriterion(file + " /tests holds the seed's " + names.size() + " steps, each once, in the seed's order, and nothing else");
    }

    /** Fails naming every problem of an array judged whole, on one line each. */
    static void fail(SeedEntries judged) {
        if (!judged.whole()) {
            throw new AssertionError(String.join("; ", judged.failures()));
        }
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phases A–E as the seed tables them, one check per row: each alert-pipeline item, the determinism totals, each
 * golden-lifecycle step, each of the 12 fault types against the seed's taxonomy, golden corruption, CPU-stress
 * replay and each kill/restore step. The 24-hour shadow run (Phase E's second table) is {@link ShadowChecks}.
 */
final class PhaseChecks {

    static final int MIN_ALERT_RULES = 22;
    static final int MIN_RULE_GROUPS = 6;
    static final int MIN_ITERATIONS_PER_WORKER = 500;

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

    static final List<String> PHASE_A = ids("M4-A", 4);
    static final List<String> PHASE_B = ids("M4-B", 2);
    static final List<String> PHASE_C = ids("M4-C", LifecycleSteps.GOLDEN.size());
    /** The 12 fault types and golden corruption; CPU stress is {@link #CPU_STRESS}. */
    static final List<String> FAULT_INJECTION = ids("M4-D", FaultTaxonomy.EXPECTED.size() + 1);
    static final String CPU_STRESS = "M4-D-14";
    static final List<String> PHASE_E = ids("M4-E", LifecycleSteps.KILL_RESTORE.size());

    CheckGroup phaseA() {
        String file = M4Files.PHASE_A;
        return CheckGroup.of("phase-a", "Phase A: Observability Infrastructure", SourceRef.file(file), List.of(
                flag("M4-A-01", "Prometheus rules reload", "/rules_reload", ObservabilityReport::rulesReload),
                alertRules(),
                flag("M4-A-03", "Grafana dashboard import", "/dashboard_import", ObservabilityReport::dashboardImport),
                flag("M4-A-04", "Synthetic alert verification", "/synthetic_alert", ObservabilityReport::syntheticAlert)));
    }

    private CheckSpec flag(String id, String title, String pointer, java.util.function.Function<ObservabilityReport, String> field) {
        SourceRef source = SourceRef.of(M4Files.PHASE_A, pointer);
        return new CheckSpec(id, title, source, check -> {
            check.source(source).target("PASS");
            String result = field.apply(Required.present(evidence.phaseA(), check));
            check.measured(result).detail(pointer.substring(1) + "=" + result);
            assertThat(result).as("%s in %s", pointer, M4Files.PHASE_A).isEqualTo("PASS");
        }).withCriterion("the lab recorded " + pointer.substring(1) + " PASS");
    }

    private CheckSpec alertRules() {
        SourceRef source = SourceRef.of(M4Files.PHASE_A, "/rules_loaded");
        return new CheckSpec("M4-A-02", MIN_ALERT_RULES + " alert rules loaded", source, check -> {
            check.source(source).target(">= " + MIN_ALERT_RULES + " rules in >= " + MIN_RULE_GROUPS + " groups");
            ObservabilityReport a = Required.present(evidence.phaseA(), check);
            check.measured(a.rulesLoaded() + " rules, " + a.ruleGroups() + " groups")
                    .detail(a.ruleGroups() + " rule groups active");
            assertThat(a.rulesLoaded()).as("alert rules loaded (%s /rules_loaded)", M4Files.PHASE_A)
                    .isGreaterThanOrEqualTo(MIN_ALERT_RULES);
            assertThat(a.ruleGroups()).as("rule groups active (%s /rule_groups)", M4Files.PHASE_A)
                    .isGreaterThanOrEqualTo(MIN_RULE_GROUPS);
        }).withCriterion("rules_loaded >= 22 and rule_groups >= 6");
    }

    CheckGroup phaseB() {
        return CheckGroup.of("phase-b", "Phase B: Multi-Worker Determinism Validation", SourceRef.file(M4Files.PHASE_B),
                List.of(determinismTotals(), determinismMismatches()));
    }

    private CheckSpec determinismTotals() {
        SourceRef source = SourceRef.of(M4Files.PHASE_B, "/total_iterations");
        return new CheckSpec("M4-B-01", "Total iterations: workers × iterations × seeds × workflow types, 500+ iterations per worker",
                source, check -> {
            DeterminismReport b = Required.present(evidence.phaseB(), check);
            long recomputed = b.recomputedIterations();
            check.source(source).target("= " + Fmt.count(recomputed) + ", >= " + MIN_ITERATIONS_PER_WORKER + " per worker, >= 2 workers")
                    .measured(Fmt.count(b.totalIterations()))
                    .detail(b.workers() + " × " + b.iterationsPerWorker() + " × " + b.seedsPerIteration() + " × "
                            + b.workflowTypes().size() + " = " + Fmt.count(recomputed));
            assertThat(b.totalIterations())
                    .as("%s /total_iterations=%d vs workers × iterations_per_worker × seeds_per_iteration × |workflow_types| = %d",
                            M4Files.PHASE_B, b.totalIterations(), recomputed)
                    .isEqualTo(recomputed);
            assertThat(b.iterationsPerWorker()).as("%s /iterations_per_worker", M4Files.PHASE_B)
                    .isGreaterThanOrEqualTo(MIN_ITERATIONS_PER_WORKER);
            assertThat(b.workers()).as("%s /workers (multi-worker)", M4Files.PHASE_B).isGreaterThanOrEqualTo(2);
        }).withCriterion("total_iterations equals workers × iterations_per_worker × seeds_per_iteration × workflow types, "
                + "with at least 500 iterations per worker on at least 2 workers");
    }

    private CheckSpec determinismMismatches() {
        SourceRef source = SourceRef.of(M4Files.PHASE_B, "/mismatches");
        return new CheckSpec("M4-B-02", "Mismatches across workers = 0", source, check -> {
            check.source(source).target("0");
            DeterminismReport b = Required.present(evidence.phaseB(), check);
            check.measured(String.valueOf(b.mismatches()))
                    .detail(Fmt.count(b.totalIterations()) + " iterations, " + b.mismatches() + " diffs");
            assertThat(b.mismatches()).as("%s /mismatches", M4Files.PHASE_B).isZero();
        }).withCriterion("zero step-hash mismatches across workers");
    }

    CheckGroup phaseC() {
        return CheckGroup.of("phase-c", "Phase C: Golden Archive/Resign/Verify E2E", SourceRef.file(M4Files.PHASE_C),
                steps(PHASE_C, LifecycleSteps.GOLDEN, M4Files.PHASE_C, evidence.phaseC()));
    }

    CheckGroup phaseD() {
        List<PlanNode> checks = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> fault : FaultTaxonomy.EXPECTED.entrySet()) {
            checks.add(fault(FAULT_INJECTION.get(i++), fault.getKey(), fault.getValue()));
        }
        checks.add(goldenCorruption());
        checks.add(cpuStress());
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

    private CheckSpec goldenCorruption() {
        SourceRef source = SourceRef.of(M4Files.PHASE_D_FAULTS, "/golden_corruption");
        return new CheckSpec("M4-D-13", "Golden corruption = 0", source, check -> {
            check.source(source).target("0");
            FaultReport d = Required.present(evidence.faults(), check);
            check.measured(String.valueOf(d.goldenCorruption())).detail(d.goldenCorruption() + " corruption");
            assertThat(d.goldenCorruption()).as("%s /golden_corruption", M4Files.PHASE_D_FAULTS).isZero();
        }).withCriterion("no golden file corrupted by any injected fault");
    }

    private CheckSpec cpuStress() {
        SourceRef source = SourceRef.of(M4Files.PHASE_D_CPU, "/mismatches");
        return new CheckSpec(CPU_STRESS, "CPU stress replay: mismatches under load = 0", source, check -> {
            check.source(source).target("0 mismatches, every workflow replayed");
            CpuStressReport c = Required.present(evidence.cpuStress(), check);
            check.measured(c.mismatches() + " mismatches, " + c.replays() + "/" + c.workflows() + " replayed")
                    .detail(c.mismatches() + " mismatches");
            assertThat(c.workflows()).as("%s /workflows", M4Files.PHASE_D_CPU).isPositive();
            assertThat(c.replays()).as("%s /replays vs /workflows=%d", M4Files.PHASE_D_CPU, c.workflows())
                    .isEqualTo(c.workflows());
            assertThat(c.stressWorkers()).as("%s /stress_workers (load applied)", M4Files.PHASE_D_CPU).isPositive();
            assertThat(c.mismatches()).as("%s /mismatches", M4Files.PHASE_D_CPU).isZero();
        }).withCriterion("every workflow replayed under CPU stress with zero mismatches");
    }

    CheckGroup phaseE(CheckGroup shadow) {
        List<PlanNode> nodes = new ArrayList<>(steps(PHASE_E, LifecycleSteps.KILL_RESTORE, M4Files.PHASE_E, evidence.phaseE()));
        nodes.add(shadow);
        return CheckGroup.of("phase-e", "Phase E: Lifecycle & Shadow Run", SourceRef.file(M4Files.PHASE_E), nodes);
    }

    private static List<CheckSpec> steps(List<String> ids, List<String> names, String file, Loaded<StepReport> report) {
        List<CheckSpec> checks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            checks.add(step(ids.get(i), names.get(i), file, report));
        }
        return checks;
    }

    private static CheckSpec step(String id, String name, String file, Loaded<StepReport> report) {
        SourceRef whole = SourceRef.of(file, "/tests");
        return new CheckSpec(id, name, whole, check -> {
            check.source(whole).target("PASS");
            StepReport steps = Required.present(report, check);
            Optional<Integer> index = steps.indexOf(name);
            if (index.isEmpty()) {
                check.measured("absent").detail("no step \"" + name + "\" in " + file + " /tests");
                throw new AssertionError("step \"" + name + "\" absent from " + file + " /tests");
            }
            String result = steps.tests().get(index.get()).result();
            check.source(SourceRef.of(file, "/tests/" + index.get() + "/result")).measured(result).detail(name + ": " + result);
            assertThat(result).as("\"%s\" in %s /tests/%d/result", name, file, index.get()).isEqualTo("PASS");
        }).withCriterion("step \"" + name + "\" recorded PASS");
    }

    /** Used by checks and the report: the step's recorded result, or empty when absent. */
    static Optional<String> stepResult(Loaded<StepReport> report, String name) {
        return report.optional().flatMap(r -> r.indexOf(name).map(i -> r.tests().get(i).result()));
    }
}

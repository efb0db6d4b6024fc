package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.suite.Loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The coverage table of the JSON report: one row per evidence file of the contract, with how many of its items the
 * lab itself recorded as passing; the row's status is the outcome of the maturity gate that judges the file.
 */
final class M4Coverage {

    private final M4Evidence evidence;

    M4Coverage(M4Evidence evidence) {
        this.evidence = evidence;
    }

    List<CoverageRow> rows() {
        List<CoverageRow> rows = new ArrayList<>();
        rows.add(row("PHASE-A", "Observability Infrastructure", "M4-01", evidence.phaseA(), 4, a -> (int) (
                pass(a.rulesReload()) + pass(a.dashboardImport()) + pass(a.syntheticAlert())
                        + (a.rulesLoaded() >= PhaseChecks.MIN_ALERT_RULES && a.ruleGroups() >= PhaseChecks.MIN_RULE_GROUPS ? 1 : 0))));
        rows.add(row("PHASE-B", "Multi-Worker Determinism", "M4-02", evidence.phaseB(), 1, b -> b.mismatches() == 0 ? 1 : 0));
        rows.add(row("PHASE-C", "Golden Archive/Resign/Verify E2E", "M4-03", evidence.phaseC(), LifecycleSteps.GOLDEN.size(),
                c -> steps(c, LifecycleSteps.GOLDEN)));
        rows.add(row("PHASE-D-FAULTS", "Fault Injection", "M4-04", evidence.faults(), FaultTaxonomy.EXPECTED.size(),
                d -> (int) FaultTaxonomy.EXPECTED.entrySet().stream()
                        .filter(e -> d.indexOf(e.getKey()).map(i -> d.faults().get(i).classified().strip().equals(e.getValue())).orElse(false))
                        .count()));
        rows.add(row("PHASE-D-CPU", "CPU Stress Replay", "M4-05", evidence.cpuStress(), 1, c -> c.mismatches() == 0 ? 1 : 0));
        rows.add(row("PHASE-E", "Lifecycle Kill/Restore", "M4-06", evidence.phaseE(), LifecycleSteps.KILL_RESTORE.size(),
                e -> steps(e, LifecycleSteps.KILL_RESTORE)));
        rows.add(row("SHADOW", "24-Hour Shadow Simulation", "M4-07", evidence.log(), 1, log -> log.mismatches() == 0 ? 1 : 0));
        rows.add(row("RUNBOOK", "Self-Sign Runbook Checklist", "M4-08", evidence.runbook(), RunbookItem.SEED.size(),
                r -> (int) GateEvidence.checklistPassed(r)));
        return rows;
    }

    private static int pass(String result) {
        return "PASS".equals(result) ? 1 : 0;
    }

    private static int steps(StepReport report, List<String> names) {
        return (int) names.stream()
                .filter(n -> report.indexOf(n).map(i -> report.tests().get(i).result().equals("PASS")).orElse(false))
                .count();
    }

    /** A row whose status is its maturity gate's outcome ({@code gate}); the counts are the lab's own items. */
    private static <T> CoverageRow row(String key, String name, String gate, Loaded<T> loaded, int total,
            Function<T, Integer> passed) {
        if (loaded instanceof Loaded.Present<T> present) {
            return new CoverageRow(key, name, gate, passed.apply(present.value()), total, loaded.file());
        }
        return new CoverageRow(key, name, gate, 0, total, loaded.missingDetail());
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.suite.Loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The coverage table of the JSON report: one row per evidence file of the contract. The row's status is the
 * outcome of the maturity gate that judges the file ({@code checkId}); its counts are the lab's own record of the
 * seed's items, as the slices' rows count a lab's own checks: items the lab recorded PASS, of the seed's items the
 * file records (the steps, the runbook items, Phase A's three results; for the fault list, types classified as the
 * lab itself expected). They judge nothing: no figure is compared with a target here, so a file that holds only
 * figures (Phase B, CPU stress, the shadow run) counts 0 of 0 and its status alone says how it was judged. A row
 * whose counts read better than its status shows the lab claiming more than the proof found.
 */
final class M4Coverage {

    private final M4Evidence evidence;

    M4Coverage(M4Evidence evidence) {
        this.evidence = evidence;
    }

    List<CoverageRow> rows() {
        List<CoverageRow> rows = new ArrayList<>();
        rows.add(row("PHASE-A", "Observability Infrastructure", "M4-01", evidence.phaseA(), 3, a -> (int) (
                recorded(a.rulesReload()) + recorded(a.dashboardImport()) + recorded(a.syntheticAlert()))));
        rows.add(row("PHASE-B", "Multi-Worker Determinism", "M4-02", evidence.phaseB(), 0, b -> 0));
        rows.add(row("PHASE-C", "Golden Archive/Resign/Verify E2E", "M4-03", evidence.phaseC(), LifecycleSteps.GOLDEN.size(),
                c -> steps(c, LifecycleSteps.GOLDEN)));
        rows.add(row("PHASE-D-FAULTS", "Fault Injection", "M4-04", evidence.faults(), FaultTaxonomy.EXPECTED.size(),
                d -> (int) FaultTaxonomy.EXPECTED.keySet().stream()
                        .filter(type -> d.indexOf(type).map(d.faults()::get)
                                .map(f -> f.classified().strip().equals(f.expected().strip())).orElse(false))
                        .count()));
        rows.add(row("PHASE-D-CPU", "CPU Stress Replay", "M4-05", evidence.cpuStress(), 0, c -> 0));
        rows.add(row("PHASE-E", "Lifecycle Kill/Restore", "M4-06", evidence.phaseE(), LifecycleSteps.KILL_RESTORE.size(),
                e -> steps(e, LifecycleSteps.KILL_RESTORE)));
        rows.add(row("SHADOW", "24-Hour Shadow Simulation", "M4-07", evidence.log(), 0, log -> 0));
        rows.add(row("RUNBOOK", "Self-Sign Runbook Checklist", "M4-08", evidence.runbook(), RunbookItem.SEED.size(),
                r -> (int) RunbookItem.SEED.stream().filter(seed -> r.indexesOf(seed.n()).stream()
                        .anyMatch(i -> r.items().get(i).status().equals("PASS"))).count()));
        return rows;
    }

    private static int recorded(String result) {
        return "PASS".equals(result) ? 1 : 0;
    }

    private static int steps(StepReport report, List<String> names) {
        return (int) names.stream()
                .filter(n -> report.indexOf(n).map(i -> report.tests().get(i).result().equals("PASS")).orElse(false))
                .count();
    }

    /** A row whose status is its maturity gate's outcome ({@code gate}); the counts are the lab's own record. */
    private static <T> CoverageRow row(String key, String name, String gate, Loaded<T> loaded, int total,
            Function<T, Integer> passed) {
        if (loaded instanceof Loaded.Present<T> present) {
            return new CoverageRow(key, name, gate, passed.apply(present.value()), total,
                    loaded.file() + (total == 0 ? ": figures only, judged by " + gate + "'s checks" : ": the lab's own record"));
        }
        return new CoverageRow(key, name, gate, 0, total, loaded.missingDetail());
    }
}

package dev.junitproof.suites.pin015;

import java.util.Optional;
import java.util.function.Function;

/** The Evidence cell of each maturity gate row ("22 rules, 6 groups", "0 mismatches so far"), from the files read. */
final class GateEvidence implements Function<MaturityGate, String> {

    private final M4Evidence evidence;

    GateEvidence(M4Evidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public String apply(MaturityGate gate) {
        return switch (gate.id()) {
            case "M4-01" -> or(evidence.phaseA().map(a -> a.rulesLoaded() + " rules, " + a.ruleGroups() + " groups").optional(), M4Files.PHASE_A);
            case "M4-02" -> or(evidence.phaseB().map(b -> Fmt.count(b.totalIterations()) + " iterations, " + b.mismatches() + " diffs").optional(), M4Files.PHASE_B);
            case "M4-03" -> or(evidence.phaseC().map(c -> passed(c, LifecycleSteps.GOLDEN)).optional(), M4Files.PHASE_C);
            case "M4-04" -> or(evidence.faults().map(this::faults).optional(), M4Files.PHASE_D_FAULTS);
            case "M4-05" -> or(evidence.cpuStress().map(c -> c.mismatches() + " mismatches").optional(), M4Files.PHASE_D_CPU);
            case "M4-06" -> or(evidence.phaseE().map(e -> passed(e, LifecycleSteps.KILL_RESTORE)).optional(), M4Files.PHASE_E);
            case "M4-07" -> shadow();
            case "M4-08" -> runbook();
            case "M4-09" -> signoff();
            default -> "";
        };
    }

    private static String or(Optional<String> line, String file) {
        return line.orElse(file + " missing");
    }

    private static String passed(StepReport report, java.util.List<String> names) {
        long passed = names.stream().filter(n -> report.indexOf(n).map(i -> report.tests().get(i).result().equals("PASS")).orElse(false)).count();
        return passed + "/" + names.size() + " tests";
    }

    private String faults(FaultReport d) {
        long misclassified = FaultTaxonomy.EXPECTED.entrySet().stream()
                .filter(e -> d.indexOf(e.getKey()).map(i -> !d.faults().get(i).classified().strip().equals(e.getValue())).orElse(true))
                .count();
        return (misclassified == 0 ? "" : misclassified + " misclassified or absent, ") + d.goldenCorruption() + " corruption";
    }

    private boolean shadowComplete() {
        return evidence.shadowRun().map(r -> r.state() == ShadowState.COMPLETE).orElse(false);
    }

    private String shadow() {
        Optional<ShadowRun> run = evidence.shadowRun();
        if (run.isEmpty()) {
            return (evidence.shadow().isPresent() ? M4Files.SHADOW_LOG : M4Files.SHADOW) + " missing";
        }
        ShadowLog log = run.get().log();
        return switch (run.get().state()) {
            case IN_PROGRESS -> log.mismatches() + " mismatches so far";
            case COMPLETE -> Fmt.count(log.cyclesStarted()) + " cycles, " + log.mismatches() + " mismatches"
                    + (evidence.thresholds().lowered() ? " (lowered thresholds)" : "");
            case STOPPED -> "stopped after " + Fmt.count(log.cyclesStarted()) + " cycles, " + log.mismatches() + " mismatches";
        };
    }

    private String runbook() {
        if (evidence.runbook().optional().isEmpty()) {
            return M4Files.RUNBOOK + " missing";
        }
        RunbookReport runbook = evidence.runbook().optional().get();
        boolean untouched = runbook.items().stream().allMatch(i -> i.status().isEmpty());
        if (untouched && !shadowComplete()) {
            return "After shadow run";
        }
        return checklistPassed(runbook) + "/" + RunbookItem.SEED.size() + " PASS";
    }

    /** Items of the seed's 20 recorded PASS exactly once (the certification block's "Checklist Results"). */
    static long checklistPassed(RunbookReport runbook) {
        return RunbookItem.SEED.stream().filter(seed -> {
            var found = runbook.indexesOf(seed.n());
            return found.size() == 1 && runbook.items().get(found.get(0)).status().equals("PASS");
        }).count();
    }

    private String signoff() {
        if (evidence.signoff().isEmpty()) {
            return shadowComplete() ? M4Files.SIGNOFF + " absent" : "After shadow run";
        }
        return evidence.signoff().get().optional()
                .map(s -> (s.certified() ? "certified by " : "NOT certified by ") + s.owner() + ", " + s.date())
                .orElse(M4Files.SIGNOFF + " unreadable");
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.suites.text.Numbers;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Evidence cell of each maturity gate row ("22 rules, 6 groups", "9/9 tests", "0 mismatches so far"): figures
 * as the evidence holds them, and counts of the outcomes of the checks behind the gate. It judges nothing: a count
 * of passed steps is a count of passed checks, never of what the lab recorded, so the cell cannot contradict the
 * gate's status beside it.
 */
final class GateEvidence {

    private final M4Evidence evidence;

    GateEvidence(M4Evidence evidence) {
        this.evidence = evidence;
    }

    /** @param status the outcome of each check, by id (the gate's own view, or the report's) */
    String apply(MaturityGate gate, Function<String, CheckStatus> status) {
        return switch (gate.id()) {
            case "M4-01" -> or(evidence.phaseA().map(a -> a.rulesLoaded() + " rules, " + a.ruleGroups() + " groups"));
            case "M4-02" -> or(evidence.phaseB().map(b -> Numbers.count(b.totalIterations()) + " iterations, " + b.mismatches() + " diffs"));
            case "M4-03" -> passed(PhaseChecks.GOLDEN_STEPS, status) + " tests";
            case "M4-04" -> faults(status);
            case "M4-05" -> or(evidence.cpuStress().map(c -> c.mismatches() + " mismatches"));
            case "M4-06" -> passed(PhaseChecks.KILL_RESTORE_STEPS, status) + " tests";
            case "M4-07" -> shadow(status);
            case "M4-08" -> runbook(status);
            case "M4-09" -> signoff(status);
            default -> "";
        };
    }

    private static String or(Loaded<String> line) {
        return line.optional().orElseGet(() -> missing(line));
    }

    /** {@code phase-a-observability.json absent}, or {@code … unreadable}: the evidence's state, not a status. */
    private static String missing(Loaded<?> loaded) {
        boolean absent = loaded instanceof Loaded.Missing<?> m && m.reason() == Loaded.MissingReason.NOT_FOUND;
        return loaded.file() + (absent ? " absent" : " unreadable");
    }

    /** {@code 9/9}: how many of these checks passed. */
    private static String passed(List<String> ids, Function<String, CheckStatus> status) {
        return ids.stream().filter(id -> status.apply(id) == CheckStatus.PASS).count() + "/" + ids.size();
    }

    private static boolean waiting(List<String> ids, Function<String, CheckStatus> status) {
        return ids.stream().allMatch(id -> status.apply(id) == CheckStatus.PENDING);
    }

    private String faults(Function<String, CheckStatus> status) {
        long notPassed = PhaseChecks.FAULT_TYPES.stream().filter(id -> status.apply(id) != CheckStatus.PASS).count();
        String corruption = or(evidence.faults().map(d -> d.goldenCorruption() + " corruption"));
        return (notPassed == 0 ? "" : notPassed + " of " + PhaseChecks.FAULT_TYPES.size() + " fault types not passed, ") + corruption;
    }

    private String shadow(Function<String, CheckStatus> status) {
        Optional<ShadowRun> run = evidence.shadowRun();
        if (run.isEmpty()) {
            return evidence.shadow().isPresent() ? missing(evidence.log()) : missing(evidence.shadow());
        }
        ShadowLog log = run.get().log();
        if (status.apply(ShadowChecks.COMPLETED) == CheckStatus.PENDING) {
            return log.mismatches() + " mismatches so far";
        }
        return switch (run.get().state()) {
            case IN_PROGRESS, COMPLETE -> Numbers.count(log.cyclesStarted()) + " cycles, " + log.mismatches() + " mismatches"
                    + (evidence.targets().lowered() ? " (lowered thresholds)" : "");
            case STOPPED -> "stopped after " + Numbers.count(log.cyclesStarted()) + " cycles, " + log.mismatches() + " mismatches";
        };
    }

    private String runbook(Function<String, CheckStatus> status) {
        if (evidence.runbook().optional().isEmpty()) {
            return missing(evidence.runbook());
        }
        if (waiting(RunbookChecks.ITEM_IDS, status)) {
            return "After shadow run";
        }
        return passed(RunbookChecks.ITEM_IDS, status) + " items passed";
    }

    private String signoff(Function<String, CheckStatus> status) {
        if (evidence.signoff().isEmpty()) {
            return status.apply(ShadowChecks.COMPLETED) == CheckStatus.PASS ? M4Files.SIGNOFF + " absent" : "After shadow run";
        }
        return evidence.signoff().get().optional()
                .map(s -> (s.certified() ? "certified by " : "not certified by ") + s.owner() + ", " + s.date())
                .orElseGet(() -> missing(evidence.signoff().get()));
    }
}

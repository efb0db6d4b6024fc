package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's maturity gate checklist as the suite's matrix: {@code M4-01}..{@code M4-09} in the seed's order.
 * Each gate is a pure function of the outcomes of the checks it stands on: all PASS → PASS; any FAIL → FAIL,
 * naming each failing check and the first line of why (so a broken shadow-log line fails M4-07 naming the line);
 * otherwise PENDING (waiting, as the seed's "IN PROGRESS" and "PENDING" rows do). PIN015's own checks never end
 * MISSING (required evidence that is absent fails them); should one, the gate fails too, for a gate that cannot
 * be shown is not passed and not "not yet due".
 */
final class MaturityGates {

    static final List<MaturityGate> GATES = List.of(
            new MaturityGate("M4-01", "Prometheus alerts operational", PhaseChecks.PHASE_A, "PENDING"),
            new MaturityGate("M4-02", "Multi-worker determinism (500+ iterations)", PhaseChecks.PHASE_B, "PENDING"),
            new MaturityGate("M4-03", "Golden file lifecycle E2E", PhaseChecks.PHASE_C, "PENDING"),
            new MaturityGate("M4-04", "Fault injection (all 12 types)", PhaseChecks.FAULT_INJECTION, "PENDING"),
            new MaturityGate("M4-05", "CPU stress determinism", PhaseChecks.CPU_STRESS, "PENDING"),
            new MaturityGate("M4-06", "Checkpoint save/load/resume", PhaseChecks.PHASE_E, "PENDING"),
            new MaturityGate("M4-07", "24-hour shadow run", ShadowChecks.ALL, "IN PROGRESS"),
            new MaturityGate("M4-08", "Runbook tabletop exercise", RunbookChecks.IDS, "PENDING"),
            new MaturityGate("M4-09", "SRE sign-off", List.of(SignoffCheck.ID), "PENDING"));

    static final List<String> IDS = GATES.stream().map(MaturityGate::id).toList();

    private final GateEvidence evidenceLine;

    /** @param evidenceLine the gate table's Evidence cell, from the evidence read and the outcomes */
    MaturityGates(GateEvidence evidenceLine) {
        this.evidenceLine = evidenceLine;
    }

    CheckGroup matrix() {
        List<CheckSpec> checks = new ArrayList<>();
        for (MaturityGate gate : GATES) {
            checks.add(new CheckSpec(gate.id(), gate.title(), null, check -> verify(gate, check))
                    .withCriterion(criterion(gate)));
        }
        return CheckGroup.matrix("gates", "Maturity Gate Checklist", checks);
    }

    /** {@code M4-A-01..M4-A-05 all PASS}; ids that do not run in one sequence are listed in ranges. */
    static String criterion(MaturityGate gate) {
        return ranges(gate.requires()) + " all PASS";
    }

    private static String ranges(List<String> ids) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && follows(ids.get(j), ids.get(j + 1))) {
                j++;
            }
            parts.add(j == i ? ids.get(i) : ids.get(i) + ".." + ids.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** {@code M4-A-02} follows {@code M4-A-01}. */
    private static boolean follows(String a, String b) {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        if (da < 0 || db < 0 || !a.substring(0, da).equals(b.substring(0, db))) {
            return false;
        }
        try {
            return Integer.parseInt(b.substring(db + 1)) == Integer.parseInt(a.substring(da + 1)) + 1;
        } catch (NumberFormatException notNumbered) {
            return false;
        }
    }

    private void verify(MaturityGate gate, CheckContext check) {
        List<String> failed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (String id : gate.requires()) {
            CheckOutcome outcome = check.outcome(id);
            switch (outcome.status()) {
                case FAIL, MISSING, NOT_RUN -> failed.add(id + " " + outcome.status() + ": " + outcome.reason());
                case PENDING -> waiting.add(id);
                case PASS -> { }
            }
        }
        long passed = gate.requires().size() - failed.size() - waiting.size();
        check.target(criterion(gate)).measured(passed + "/" + gate.requires().size() + " checks PASS")
                .detail(evidenceLine.apply(gate, id -> check.outcome(id).status()));
        if (!failed.isEmpty()) {
            throw new AssertionError(gate.title() + ": " + String.join("; ", failed)
                    + (waiting.isEmpty() ? "" : "; " + String.join(", ", waiting) + " PENDING"));
        }
        if (!waiting.isEmpty()) {
            check.pending(gate.title() + ": waiting on " + String.join(", ", waiting));
        }
    }

    /** How the gate table prints a status: the seed's words ({@code IN PROGRESS} for the shadow run waiting). */
    static String label(MaturityGate gate, CheckStatus status) {
        return status == CheckStatus.PENDING ? gate.pendingLabel() : status.name();
    }
}

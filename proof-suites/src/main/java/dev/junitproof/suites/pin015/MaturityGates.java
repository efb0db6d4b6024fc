package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.result.CheckStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The seed's maturity gate checklist as the suite's matrix: {@code M4-01}..{@code M4-09} in the seed's order.
 * Each gate is a pure function of the outcomes of the checks it stands on: all PASS → PASS; any FAIL → FAIL
 * naming them; otherwise MISSING if evidence is absent, else PENDING (waiting, as the seed's "IN PROGRESS" and
 * "PENDING" rows do).
 */
final class MaturityGates {

    static final List<MaturityGate> GATES = List.of(
            new MaturityGate("M4-01", "Prometheus alerts operational", PhaseChecks.PHASE_A, "PENDING"),
            new MaturityGate("M4-02", "Multi-worker determinism (500+ iterations)", PhaseChecks.PHASE_B, "PENDING"),
            new MaturityGate("M4-03", "Golden file lifecycle E2E", PhaseChecks.PHASE_C, "PENDING"),
            new MaturityGate("M4-04", "Fault injection (all 12 types)", PhaseChecks.FAULT_INJECTION, "PENDING"),
            new MaturityGate("M4-05", "CPU stress determinism", List.of(PhaseChecks.CPU_STRESS), "PENDING"),
            new MaturityGate("M4-06", "Checkpoint save/load/resume", PhaseChecks.PHASE_E, "PENDING"),
            new MaturityGate("M4-07", "24-hour shadow run", ShadowChecks.ALL, "IN PROGRESS"),
            new MaturityGate("M4-08", "Runbook tabletop exercise", RunbookChecks.IDS, "PENDING"),
            new MaturityGate("M4-09", "SRE sign-off", List.of(SignoffCheck.ID), "PENDING"));

    static final List<String> IDS = GATES.stream().map(MaturityGate::id).toList();

    private final Function<MaturityGate, String> evidenceLine;

    /** @param evidenceLine the gate table's Evidence cell, from the evidence read */
    MaturityGates(Function<MaturityGate, String> evidenceLine) {
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

    private static String criterion(MaturityGate gate) {
        List<String> ids = gate.requires();
        return (ids.size() == 1 ? ids.get(0) : ids.get(0) + ".." + ids.get(ids.size() - 1)) + " all PASS";
    }

    private void verify(MaturityGate gate, CheckContext check) {
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (String id : gate.requires()) {
            CheckOutcome outcome = check.outcome(id);
            switch (outcome.status()) {
                case FAIL -> failed.add(id);
                case MISSING -> missing.add(id);
                case PENDING -> waiting.add(id);
                case PASS -> { }
            }
        }
        long passed = gate.requires().size() - failed.size() - missing.size() - waiting.size();
        check.target(criterion(gate)).measured(passed + "/" + gate.requires().size() + " PASS")
                .detail(evidenceLine.apply(gate));
        if (!failed.isEmpty()) {
            throw new AssertionError(gate.title() + ": " + String.join(", ", failed) + " FAIL"
                    + (missing.isEmpty() ? "" : "; " + String.join(", ", missing) + " MISSING")
                    + (waiting.isEmpty() ? "" : "; " + String.join(", ", waiting) + " PENDING"));
        }
        if (!missing.isEmpty()) {
            check.missing(gate.title() + ": evidence missing for " + String.join(", ", missing));
        }
        if (!waiting.isEmpty()) {
            check.pending(gate.title() + ": waiting on " + String.join(", ", waiting));
        }
    }

    /** How the gate table prints a status: the seed's words. */
    static String label(MaturityGate gate, String status) {
        return CheckStatus.PENDING.name().equals(status) ? gate.pendingLabel() : status;
    }
}

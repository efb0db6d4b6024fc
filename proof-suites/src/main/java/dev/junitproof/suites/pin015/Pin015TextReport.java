package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.Target;
import dev.junitproof.suites.text.Numbers;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human-readable PIN015 report in the seed's own markdown: its phase tables (Result/Status cells are the
 * proof's outcomes), the maturity gate checklist, the self-sign runbook checklist with Actual and Status filled
 * from the evidence, and the certification block with its blanks filled. The seed's narrative sections (bug
 * fixes, scripts, monitoring commands) are lab history, not evidence, and are left out; each phase adds a
 * "Figures" table (each figure the seed targets, as its check measured it, with that check's status) and ends
 * with a "Checks:" line naming the tests behind its table.
 *
 * <p>A view of the outcomes: every status word it prints is a recorded outcome ({@link Outcomes}), never a
 * comparison of its own and never the lab's recorded word; figures are printed without a status unless a check
 * judges them, and then with that check's.
 */
final class Pin015TextReport {

    static final String RULE = "═══════════════════════════════════════════════════════════════";
    static final String BLANK = "________________________________";
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final M4Evidence evidence;
    private final ProofResult result;
    private final Outcomes outcomes;
    private final List<String> out = new ArrayList<>();

    Pin015TextReport(M4Evidence evidence, ProofResult result) {
        this.evidence = evidence;
        this.result = result;
        this.outcomes = result.outcomes();
    }

    String render() {
        header();
        phaseA();
        phaseB();
        phaseC();
        phaseD();
        phaseE();
        gates();
        runbook();
        signature();
        out.add("Verdict: " + result.verdictText());
        return String.join("\n", out) + "\n";
    }

    private void header() {
        out.add("# PIN-015: M4 Validation & Maturity Gates");
        out.add("");
        out.add("**Serial:** PIN-015");
        out.add("**Title:** M4 Workflow Engine Validation & Maturity Gates");
        out.add("**Category:** Milestone / Validation");
        out.add("**Status:** " + status());
        out.add("**Generated:** " + result.generatedText());
        out.add("**Evidence dir:** " + result.evidenceDir());
        out.add("**Thresholds:** " + evidence.targets().describe());
        out.add("");
        out.add("---");
        out.add("");
        out.add("## Validation Phases");
        out.add("");
    }

    /** The seed's Status line: the shadow run in progress while its completion check waits, else the verdict. */
    private String status() {
        if (outcomes.status(ShadowChecks.COMPLETED) == CheckStatus.PENDING && !result.partial()) {
            return "IN PROGRESS (" + evidence.shadow().optional().map(p -> Numbers.plain(p.durationH())).orElse("24")
                    + "h shadow run active)";
        }
        return result.verdictText();
    }

    private String status(String checkId) {
        return outcomes.statusLabel(checkId);
    }

    /** A figure the seed targets, the check that judges it, and its target (from {@link M4Targets}). */
    private record Figure(String name, String checkId, Target target) {
    }

    /** Each figure as its check measured it (against its target: digits enough to show why), with that check's status. */
    private void figures(Figure... figures) {
        out.add("**Figures:**");
        out.add("");
        out.add("| Figure | Measured | Target | Check | Status |");
        out.add("|--------|----------|--------|-------|--------|");
        for (Figure figure : figures) {
            Findings found = outcomes.findings(figure.checkId());
            String measured = found.measuredValue().map(m -> m.against(figure.target())).orElse("—");
            out.add("| " + figure.name() + " | " + measured + " | " + figure.target().text() + " | " + figure.checkId()
                    + " | " + status(figure.checkId()) + " |");
        }
        out.add("");
    }

    private void checks(List<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(id + " " + status(id));
        }
        out.add("**Checks:** " + String.join(" · ", parts));
        out.add("");
    }

    private void missing(String detail) {
        // The evidence's state, not a status: the checks that need the file fail, and their lines say so.
        out.add("**Evidence missing:** " + detail);
        out.add("");
    }

    private void phaseA() {
        out.add("### Phase A: Observability Infrastructure");
        out.add("");
        out.add("**Objective:** Verify Prometheus/Grafana alerting pipeline is operational.");
        out.add("");
        Optional<ObservabilityReport> a = evidence.phaseA().optional();
        if (a.isEmpty()) {
            missing(evidence.phaseA().missingDetail());
        }
        out.add("| Test | Result | Notes |");
        out.add("|------|--------|-------|");
        // Notes name the field judged, never the lab's own word for it: the Result is the check's outcome.
        out.add("| Prometheus rules reload | " + status("M4-A-01") + " | " + M4Files.PHASE_A + " /rules_reload |");
        out.add("| " + Numbers.plain(M4Targets.ALERT_RULES.value()) + " alert rules loaded | " + status(PhaseChecks.ALERT_RULES) + " | "
                + a.map(r -> r.rulesLoaded() + " rules loaded; " + r.ruleGroups() + " rule groups active").orElse("—") + " |");
        out.add("| Grafana dashboard import | " + status("M4-A-03") + " | " + M4Files.PHASE_A + " /dashboard_import |");
        out.add("| Synthetic alert verification | " + status("M4-A-04") + " | " + M4Files.PHASE_A + " /synthetic_alert |");
        out.add("");
        figures(new Figure("Alert rules loaded", PhaseChecks.ALERT_RULES, M4Targets.ALERT_RULES),
                new Figure("Rule groups active", PhaseChecks.RULE_GROUPS, M4Targets.RULE_GROUPS));
        checks(PhaseChecks.PHASE_A);
        out.add("---");
        out.add("");
    }

    private void phaseB() {
        out.add("### Phase B: Multi-Worker Determinism Validation");
        out.add("");
        out.add("**Objective:** Verify workflow execution is deterministic across workers.");
        out.add("");
        Optional<DeterminismReport> b = evidence.phaseB().optional();
        if (b.isEmpty()) {
            missing(evidence.phaseB().missingDetail());
        } else {
            DeterminismReport r = b.get();
            out.add("| Metric | Value |");
            out.add("|--------|-------|");
            out.add("| Workers | " + r.workers() + " |");
            out.add("| Iterations per worker | " + r.iterationsPerWorker() + " |");
            out.add("| Seeds per iteration | " + r.seedsPerIteration() + " |");
            out.add("| Workflow types | " + r.workflowTypes().size() + " (" + String.join(", ", r.workflowTypes()) + ") |");
            out.add("| **Total iterations** | **" + Numbers.count(r.totalIterations()) + "** |");
            out.add("| **Mismatches** | **" + Numbers.count(r.mismatches()) + "** |");
            out.add("| **Duration** | " + Numbers.plain(r.durationS()) + " seconds |");
            out.add("");
            out.add("**Recomputed:** " + r.workers() + " × " + r.iterationsPerWorker() + " × " + r.seedsPerIteration()
                    + " × " + r.workflowTypes().size() + " = " + Numbers.count(r.recomputedIterations()) + " iterations");
            out.add("");
        }
        figures(new Figure("Iterations per worker", PhaseChecks.ITERATIONS_PER_WORKER, M4Targets.ITERATIONS_PER_WORKER),
                new Figure("Workers", PhaseChecks.WORKERS, M4Targets.WORKERS),
                new Figure("Mismatches across workers", PhaseChecks.DETERMINISM_MISMATCHES, M4Targets.DETERMINISM_MISMATCHES));
        checks(PhaseChecks.PHASE_B);
        out.add("---");
        out.add("");
    }

    private void phaseC() {
        out.add("### Phase C: Golden Archive/Resign/Verify E2E");
        out.add("");
        out.add("**Objective:** Verify complete golden file lifecycle.");
        out.add("");
        if (!evidence.phaseC().isPresent()) {
            missing(evidence.phaseC().missingDetail());
        }
        steps(PhaseChecks.GOLDEN_STEPS, PhaseChecks.PHASE_C, LifecycleSteps.GOLDEN);
        out.add("---");
        out.add("");
    }

    /** The seed's step table; "Tests Passed" counts the step checks that passed, not the lab's PASS words. */
    private void steps(List<String> stepIds, List<String> allIds, List<String> names) {
        out.add("| Test | Result |");
        out.add("|------|--------|");
        for (int i = 0; i < names.size(); i++) {
            out.add("| " + names.get(i) + " | " + status(stepIds.get(i)) + " |");
        }
        out.add("");
        out.add("**Tests Passed:** " + stepIds.stream().filter(outcomes::passed).count() + "/" + names.size());
        out.add("");
        checks(allIds);
    }

    private void phaseD() {
        out.add("### Phase D: Fault Injection & CPU Stress");
        out.add("");
        out.add("**Objective:** Verify error taxonomy and determinism under stress.");
        out.add("");
        out.add("#### Fault Injection Results");
        out.add("");
        Optional<FaultReport> d = evidence.faults().optional();
        if (d.isEmpty()) {
            missing(evidence.faults().missingDetail());
        }
        out.add("| Fault Type | Injected | Classified | Status |");
        out.add("|------------|----------|------------|--------|");
        int i = 0;
        for (Map.Entry<String, String> type : FaultTaxonomy.EXPECTED.entrySet()) {
            Optional<FaultReport.Fault> fault = d.flatMap(r -> r.indexOf(type.getKey()).map(r.faults()::get));
            String id = PhaseChecks.FAULT_TYPES.get(i++);
            out.add("| " + type.getKey() + " | " + fault.map(f -> f.injected() ? "Yes" : "No").orElse("—") + " | "
                    + fault.map(FaultReport.Fault::classified).orElse("—") + " | " + status(id) + " |");
        }
        out.add("");
        out.add("**Golden Corruption:** " + d.map(r -> Numbers.count(r.goldenCorruption())).orElse("—"));
        // The fault-type checks that passed, rounded down, so 11 of 12 never reads as 100%.
        long compliant = PhaseChecks.FAULT_TYPES.stream().filter(outcomes::passed).count();
        out.add("**Error Taxonomy Compliance:** " + (compliant * 100 / PhaseChecks.FAULT_TYPES.size()) + "%");
        out.add("");
        figures(new Figure("Golden corruption", PhaseChecks.GOLDEN_CORRUPTION, M4Targets.GOLDEN_CORRUPTION));
        checks(PhaseChecks.FAULT_INJECTION);
        out.add("#### CPU Stress Replay Results");
        out.add("");
        Optional<CpuStressReport> c = evidence.cpuStress().optional();
        if (c.isEmpty()) {
            missing(evidence.cpuStress().missingDetail());
        } else {
            out.add("| Metric | Value |");
            out.add("|--------|-------|");
            out.add("| CPU Stress Workers | " + c.get().stressWorkers() + " |");
            out.add("| Replay Workers | " + c.get().replayWorkers() + " |");
            out.add("| Workflows | " + Numbers.count(c.get().workflows()) + " |");
            out.add("| Replays | " + Numbers.count(c.get().replays()) + " |");
            out.add("| **Mismatches under load** | **" + Numbers.count(c.get().mismatches()) + "** |");
            out.add("");
        }
        figures(new Figure("Mismatches under load", PhaseChecks.CPU_MISMATCHES, M4Targets.CPU_MISMATCHES));
        checks(PhaseChecks.CPU_STRESS);
        out.add("---");
        out.add("");
    }

    private void phaseE() {
        out.add("### Phase E: Lifecycle & Shadow Run");
        out.add("");
        out.add("#### Lifecycle Kill/Restore Test");
        out.add("");
        out.add("**Objective:** Verify checkpoint save/load/resume functionality.");
        out.add("");
        if (!evidence.phaseE().isPresent()) {
            missing(evidence.phaseE().missingDetail());
        }
        steps(PhaseChecks.KILL_RESTORE_STEPS, PhaseChecks.PHASE_E, LifecycleSteps.KILL_RESTORE);
        shadow();
        out.add("---");
        out.add("");
    }

    private void shadow() {
        out.add("#### 24-Hour Shadow Simulation");
        out.add("");
        out.add("**Objective:** Continuous shadow replay verification over 24 hours.");
        out.add("");
        Optional<ShadowParameters> parameters = evidence.shadow().optional();
        Optional<ShadowRun> run = evidence.shadowRun();
        out.add("**Status:** " + shadowStatus(run));
        out.add("");
        if (parameters.isEmpty()) {
            missing(evidence.shadow().missingDetail());
        } else {
            ShadowParameters p = parameters.get();
            long expectedCycles = p.expectedCycles();
            out.add("| Parameter | Value |");
            out.add("|-----------|-------|");
            out.add("| Start Time | " + startTime(p.start()) + " |");
            out.add("| Duration | " + Numbers.plain(p.durationH()) + " hours |");
            out.add("| Workers | " + p.workers() + " |");
            out.add("| Cycle Interval | " + Numbers.plain(p.cycleIntervalS()) + " seconds |");
            out.add("| Workflows/Cycle | " + p.workflowsPerCycle() + " |");
            out.add("| Expected Cycles | ~" + Numbers.count(expectedCycles) + " |");
            out.add("| Expected Workflows | ~" + Numbers.count(expectedCycles * p.workflowsPerCycle()) + " |");
            out.add("");
        }
        if (parameters.isPresent() && run.isEmpty()) {
            missing(evidence.log().missingDetail());
        }
        run.ifPresent(r -> {
            ShadowLog log = r.log();
            String span = Numbers.span(r.elapsed());
            out.add(r.state() == ShadowState.COMPLETE ? "**Results (" + span + "):**" : r.inProgress()
                    ? "**Early Results (first " + span + "):**" : "**Results (stopped after " + span + "):**");
            out.add("- Cycles: " + Numbers.count(log.cyclesStarted()));
            out.add("- Workflows: " + Numbers.count(log.workflows()));
            out.add("- Replays: " + Numbers.count(log.replays()));
            out.add("- Mismatches: " + Numbers.count(log.mismatches()));
            out.add("- Golden files: " + Numbers.count(r.golden().count()) + " (" + Numbers.count(r.golden().parsed()) + " parse)");
            if (log.problemCount() > 0) {
                out.add("- Log problems: " + log.problemCount() + " (" + String.join("; ", log.problems()) + ")");
            }
            out.add("");
        });
        M4Targets t = evidence.targets();
        figures(new Figure("Total cycles", ShadowChecks.CYCLES, t.cycles()),
                new Figure("Total mismatches", ShadowChecks.MISMATCHES, M4Targets.SHADOW_MISMATCHES),
                new Figure("Golden files", ShadowChecks.GOLDEN, t.goldenFiles()),
                new Figure("Planned duration", ShadowChecks.DURATION, M4Targets.SHADOW_DURATION));
        checks(ShadowChecks.ALL);
    }

    /** The shadow run's status as its completion check decided it; the evidence only says how it stopped. */
    private String shadowStatus(Optional<ShadowRun> run) {
        CheckStatus completed = outcomes.status(ShadowChecks.COMPLETED);
        return switch (completed) {
            case PENDING -> "IN PROGRESS";
            case PASS -> "COMPLETE";
            case FAIL -> "NOT COMPLETE (" + ShadowChecks.COMPLETED + " FAIL"
                    + (run.map(r -> r.state() == ShadowState.STOPPED).orElse(false) ? ": stopped short, no completion line" : "")
                    + (run.isEmpty() ? ": shadow evidence unreadable" : "") + ")";
            default -> completed.name();
        };
    }

    private static String startTime(OffsetDateTime start) {
        return start.format(START) + " " + start.getOffset().getId();
    }

    private void gates() {
        out.add("## Maturity Gate Checklist");
        out.add("");
        out.add("| Gate | Status | Evidence |");
        out.add("|------|--------|----------|");
        GateEvidence lines = new GateEvidence(evidence);
        for (MaturityGate gate : MaturityGates.GATES) {
            out.add("| " + gate.title() + " | " + MaturityGates.label(gate, outcomes.status(gate.id())) + " | "
                    + lines.apply(gate, outcomes::status) + " |");
        }
        out.add("");
        out.add("---");
        out.add("");
    }

    private void runbook() {
        out.add("## Self-Sign Runbook Checklist");
        out.add("");
        out.add("**Instructions:** Execute each step in order. Record actual results. All steps must PASS for M4 sign-off.");
        out.add("");
        if (!evidence.runbook().isPresent()) {
            missing(evidence.runbook().missingDetail());
        }
        RunbookChecks checks = new RunbookChecks(evidence);
        for (String section : RunbookItem.SECTIONS) {
            out.add("### " + section);
            out.add("");
            out.add("| # | Check | Command | Expected | Actual | Status |");
            out.add("|---|-------|---------|----------|--------|--------|");
            for (RunbookItem item : RunbookItem.SEED) {
                if (item.section().equals(section)) {
                    out.add("| " + item.n() + " | " + item.check() + " | " + item.command() + " | " + expected(checks, item)
                            + " | " + actual(checks, item) + " | " + status(item.checkId()) + " |");
                }
            }
            out.add("");
        }
        out.add("---");
        out.add("");
    }

    private static String expected(RunbookChecks checks, RunbookItem item) {
        return item.n() == 7 || item.n() == 10 ? checks.expected(item) : item.expected();
    }

    /** Items 6–10: what the shadow files show, with the operator's figure beside it when the two differ. */
    private String actual(RunbookChecks checks, RunbookItem item) {
        String recorded = evidence.runbook().optional()
                .flatMap(r -> r.indexesOf(item.n()).stream().findFirst().map(i -> r.items().get(i).actual().strip()))
                .orElse("");
        Optional<String> recomputed = checks.recomputedActual(item);
        if (recomputed.isEmpty()) {
            return recorded;
        }
        return recorded.isEmpty() || recorded.equals(recomputed.get()) ? recomputed.get()
                : recomputed.get() + " (runbook.json: " + recorded + ")";
    }

    private void signature() {
        out.add("## Sign-Off Section");
        out.add("");
        out.add("### Signature Block");
        out.add("");
        Optional<Signoff> signoff = evidence.signoff().flatMap(l -> l.optional());
        Optional<ShadowRun> run = evidence.shadowRun();
        out.add("```");
        out.add(RULE);
        out.add("M4 WORKFLOW ENGINE MATURITY CERTIFICATION");
        out.add("");
        out.add("Owner:          " + signoff.map(Signoff::owner).filter(s -> !s.isBlank()).orElse(BLANK));
        out.add("Date:           " + signoff.map(Signoff::date).filter(s -> !s.isBlank()).orElse(BLANK));
        out.add("Shadow Run ID:  " + evidence.shadow().optional().map(ShadowParameters::runId).orElse(BLANK));
        out.add("Total Cycles:   " + run.map(r -> Numbers.count(r.log().cyclesStarted())).orElse(BLANK));
        out.add("Total Workflows:" + run.map(r -> Numbers.count(r.log().workflows())).orElse(BLANK));
        out.add("Mismatches:     " + run.map(r -> Numbers.count(r.log().mismatches())).orElse(BLANK));
        out.add("");
        out.add("Evidence Locations:");
        out.add("- Shadow Log:   " + result.evidenceDir() + "/" + M4Files.SHADOW_LOG);
        out.add("- Monitor Log:  (not in the evidence contract)");
        out.add("- Golden Dir:   " + result.evidenceDir() + "/" + GoldenFiles.DIRECTORY + "/");
        out.add("");
        out.add("Checklist Results: " + checklistPassed() + "/" + RunbookItem.SEED.size() + " PASS");
        if (outcomes.status(RunbookChecks.ITEMS) != CheckStatus.PASS) {
            out.add("Runbook items:  " + RunbookChecks.ITEMS + " " + status(RunbookChecks.ITEMS) + " (the item list judged whole)");
        }
        if (evidence.targets().lowered()) {
            out.add("Thresholds:     " + evidence.targets().describe());
        }
        out.add("");
        out.add("CERTIFIED: " + certifiedBoxes() + " (if NO, attach remediation plan)");
        out.add("");
        out.add("Signature: " + signoff.filter(Signoff::certified).map(s -> s.owner() + " (" + M4Files.SIGNOFF + ")").orElse(BLANK));
        out.add(RULE);
        out.add("```");
        out.add("");
    }

    /** Items whose check passed: the proof's count, not the operator's. */
    private long checklistPassed() {
        return RunbookChecks.ITEM_IDS.stream().filter(outcomes::passed).count();
    }

    /**
     * YES when certified; NO once a gate has failed or lacks its evidence; both blank while gates only wait (the
     * seed's own state mid-run), and in a partial run, which decides nothing.
     */
    private String certifiedBoxes() {
        if (result.partial()) {
            return "[ ] YES  [ ] NO";
        }
        if (result.verdict().map(Pin015Proof.CERTIFIED::equals).orElse(false)) {
            return "[X] YES  [ ] NO";
        }
        boolean decided = MaturityGates.IDS.stream().map(outcomes::status)
                .anyMatch(s -> s == CheckStatus.FAIL || s == CheckStatus.MISSING);
        return decided ? "[ ] YES  [X] NO" : "[ ] YES  [ ] NO";
    }
}

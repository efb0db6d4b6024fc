package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.ReportFile;
import dev.junitproof.suites.charts.ChartRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What VAL24 proves about one soak directory: the 10-check matrix, one container per soak day, Gate D as a
 * readiness level, the verdict, and the reports of the chosen mode.
 */
final class Val24Proof implements dev.junitproof.api.suite.SuiteProof {

    static final String VERDICT_PASS = "GATE D PASS";
    static final String VERDICT_FAIL = "GATE D FAIL";
    static final String VERDICT_IN_PROGRESS = "IN PROGRESS";

    private final Loaded<SoakAccounting> soak;
    private final ReportMode mode;
    private final Val24Checks checks;
    private final boolean writeBack;
    private final boolean configurationOk;

    Val24Proof(Loaded<SoakAccounting> soak, Val24Settings settings, String base) {
        this.soak = soak;
        this.mode = settings.mode(soak);
        this.checks = new Val24Checks(soak, settings.explicitFinal(), settings.error(), base);
        this.writeBack = settings.writeBack();
        this.configurationOk = settings.error().isEmpty();
    }

    Loaded<SoakAccounting> soak() {
        return soak;
    }

    ReportMode mode() {
        return mode;
    }

    @Override
    public List<PlanNode> plan() {
        List<PlanNode> plan = new ArrayList<>();
        plan.add(CheckGroup.matrix("matrix", "10-check matrix", checks.matrix()));
        soak.optional().filter(s -> !s.days().isEmpty()).ifPresent(s -> plan.add(DayChecks.days(s)));
        return plan;
    }

    /** Gate D's four criteria, read from the checks that measure them; pending checks leave it unreachable. */
    @Override
    public List<ReadinessLevel> readiness() {
        return List.of(new ReadinessLevel("GATE_D", "Gate D", List.of(
                criterion("Rounds completed " + SoakTargets.ROUNDS.comparator().symbol() + " "
                        + dev.junitproof.suites.text.Numbers.count((long) SoakTargets.ROUNDS.value()) + " (VAL24-09)", "VAL24-09"),
                criterion("Clean-round delivery rate " + SoakTargets.CLEAN_DELIVERY.text() + " (VAL24-06)", "VAL24-06"),
                criterion("Retry recovery rate " + SoakTargets.RETRY_RECOVERY.text() + " (VAL24-07)", "VAL24-07"),
                criterion("Message loss " + SoakTargets.LOSS.text() + " (" + Val24Checks.ACCOUNTING_ID + ")",
                        Val24Checks.ACCOUNTING_ID))));
    }

    private static Criterion criterion(String description, String checkId) {
        return new Criterion() {
            public String description() {
                return description;
            }

            public Optional<Boolean> evaluate(Outcomes outcomes) {
                // Not due yet (or not run): Gate D cannot be reached yet, which is not the same as failed.
                CheckStatus status = outcomes.status(checkId);
                if (status != CheckStatus.PASS && status != CheckStatus.FAIL) {
                    return Optional.empty();
                }
                return Optional.of(status.passed());
            }
        };
    }

    /** {@code GATE D FAIL} if any check failed, {@code GATE D PASS} if all ten passed, else {@code IN PROGRESS}. */
    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        return verdictOf(outcomes);
    }

    static String verdictOf(Outcomes outcomes) {
        if (outcomes.all().stream().anyMatch(o -> o instanceof CheckOutcome.Failed)) {
            return VERDICT_FAIL;
        }
        return outcomes.allPassed(Val24Checks.IDS.toArray(String[]::new)) ? VERDICT_PASS : VERDICT_IN_PROGRESS;
    }

    @Override
    public List<CoverageRow> coverage() {
        if (!(soak instanceof Loaded.Present<SoakAccounting> present)) {
            return List.of(new CoverageRow("VAL24", "Relay soak rounds", Val24Checks.ACCOUNTING_ID, 0, 0, soak.missingDetail()));
        }
        SoakAccounting s = present.value();
        String detail = s.totalRounds() + " of " + s.parameters().roundsTarget() + " rounds complete"
                + s.inProgress().map(r -> "; round " + r.round() + " in progress").orElse("")
                + (s.accountingBroken() ? Val24Checks.accountingProblems(s) : "");
        return List.of(new CoverageRow("VAL24", "Relay soak rounds", Val24Checks.ACCOUNTING_ID,
                (int) s.totalRounds(), s.parameters().roundsTarget(), detail));
    }

    @Override
    public String reportName() {
        return "val24-" + mode.label();
    }

    @Override
    public String renderText(ProofResult result) {
        return Val24TextReport.render(soak, result);
    }

    @Override
    public void addJson(ObjectNode report, ProofResult result) {
        Val24Document.mergeInto(report, document(result));
    }

    ObjectNode document(ProofResult result) {
        return Val24Document.report(soak, mode, result.generatedText(), result.evidenceDir(), result.outcomes(),
                result.verdict());
    }

    /** Delivery rate per day and cumulative loss, when there is a soak day to draw. */
    @Override
    public List<BinaryReportFile> charts(ProofResult result) {
        return ChartRenderer.pngs(List.of(DeliveryChart.of(soak, result.outcomes())));
    }

    /** One {@code daily-YYYY-MM-DD.json} per soak day, next to the reports. */
    @Override
    public List<ReportFile> extraFiles(ProofResult result) {
        return dailyFiles(result, "");
    }

    private List<ReportFile> dailyFiles(ProofResult result, String directory) {
        List<ReportFile> files = new ArrayList<>();
        soak.optional().ifPresent(s -> s.days().forEach(day -> files.add(new ReportFile(directory + day.dailyFileName(),
                Val24Document.render(Val24Document.daily(day, result.evidenceDir(), result.generatedText(), result.outcomes()))))));
        return files;
    }

    /**
     * With {@code proof.val24.write-back=true}: the same documents into the soak's own {@code reports/} (where
     * VAL27 reads them); the engine writes them atomically. Never from a partial run (its checks did not all run,
     * so its document would claim nothing), never for unreadable evidence or a misconfigured run.
     */
    @Override
    public List<ReportFile> evidenceFiles(ProofResult result) {
        if (!writeBack || !configurationOk || result.partial() || !soak.isPresent()) {
            return List.of();
        }
        List<ReportFile> files = new ArrayList<>(dailyFiles(result, "reports/"));
        mode.reportsFile().ifPresent(name -> files.add(new ReportFile(name, Val24Document.render(document(result)))));
        return files;
    }
}

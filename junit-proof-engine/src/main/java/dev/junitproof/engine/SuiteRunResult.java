package dev.junitproof.engine;

import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.EvidenceDigest;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.RenderedReport;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SuiteProof;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one {@link ProofResult} of a suite run, built on first demand and then the same for everyone: the readiness
 * tests (and the observers that attach the report to them), the report listener, another suite judging this
 * evidence. Checks and levels are pure functions of the memoized outcomes, so building it early loses nothing; the
 * text report and the charts are rendered once from it too.
 */
final class SuiteRunResult {

    private final String suiteId;
    private final SuiteProof proof;
    private final PlanIndex plan;
    private final CheckEvaluator evaluator;
    private final Set<String> includedChecks;
    private final Set<String> includedLevels;
    private final boolean partial;
    private final Instant generatedAt;
    private final String evidenceDir;
    private final Supplier<List<EvidenceDigest>> evidence;
    private final Approvals approvals;
    private ProofResult result;
    private String text;
    private List<BinaryReportFile> charts;
    private Optional<RenderedReport> rendered;

    /**
     * @param includedChecks the checks that run as tests (all unless an IDE selected a few)
     * @param includedLevels the levels that run as tests
     * @param partial        whether the selection left anything out: then the result claims no verdict
     * @param evidence       the run's evidence ledger, read when the result is built (every check has run by then)
     */
    SuiteRunResult(String suiteId, SuiteProof proof, PlanIndex plan, CheckEvaluator evaluator, Set<String> includedChecks,
            Set<String> includedLevels, boolean partial, Instant generatedAt, String evidenceDir,
            Supplier<List<EvidenceDigest>> evidence, Approvals approvals) {
        this.suiteId = suiteId;
        this.proof = proof;
        this.plan = plan;
        this.evaluator = evaluator;
        this.includedChecks = Set.copyOf(includedChecks);
        this.includedLevels = Set.copyOf(includedLevels);
        this.partial = partial;
        this.generatedAt = generatedAt;
        this.evidenceDir = evidenceDir;
        this.evidence = evidence;
        this.approvals = approvals;
    }

    /** Every check and level evaluated, a whole run: what another suite's judgment of this evidence is. */
    static SuiteRunResult whole(String suiteId, SuiteProof proof, PlanIndex plan, CheckEvaluator evaluator,
            Instant generatedAt, String evidenceDir, Supplier<List<EvidenceDigest>> evidence, Approvals approvals) {
        Set<String> levels = new java.util.HashSet<>();
        proof.readiness().forEach(l -> levels.add(l.key()));
        return new SuiteRunResult(suiteId, proof, plan, evaluator, Set.copyOf(plan.ids()), levels, false, generatedAt,
                evidenceDir, evidence, approvals);
    }

    String suiteId() {
        return suiteId;
    }

    SuiteProof proof() {
        return proof;
    }

    PlanIndex plan() {
        return plan;
    }

    /** This suite's approvals, each with its standing on the report's day. */
    Approvals approvals() {
        return approvals;
    }

    /** The outcomes of the checks that ran, the levels that ran, the verdict of a whole run; built once. */
    synchronized ProofResult result() {
        if (result == null) {
            Outcomes all = evaluator.outcomes();
            List<CheckOutcome> ran = all.all().stream().filter(o -> includedChecks.contains(o.id())).toList();
            List<ReadinessResult> levels = proof.readiness().stream().filter(l -> includedLevels.contains(l.key()))
                    .map(l -> l.evaluate(all, approvals)).toList();
            RecordedOutcomes outcomes = new RecordedOutcomes(ran);
            Optional<String> verdict = partial ? Optional.empty() : Optional.of(proof.verdict(outcomes, levels));
            result = new ProofResult(generatedAt, evidenceDir, outcomes, levels, verdict, ran.size(), plan.ids().size(),
                    evidence.get());
        }
        return result;
    }

    /** A level's result as the report has it; empty when the level did not run. */
    Optional<ReadinessResult> level(ReadinessLevel level) {
        return result().readiness(level.key());
    }

    /** The text report, rendered once, with a final newline. */
    synchronized String text() {
        if (text == null) {
            String rendered = proof.renderText(result());
            text = rendered.endsWith("\n") ? rendered : rendered + "\n";
            if (plan.find(ApprovalsCheck.id(suiteId)).isPresent()) {
                text += ApprovalsText.section(suiteId, approvals, result().outcomes().status(ApprovalsCheck.id(suiteId)));
            }
        }
        return text;
    }

    /** The charts, drawn once; a chart that cannot be drawn is left out with a warning on {@code err}. */
    synchronized List<BinaryReportFile> charts(PrintStream err) {
        if (charts == null) {
            charts = SuiteCharts.of(suiteId, proof, result(), err);
        }
        return charts;
    }

    /**
     * The report and charts for observers, rendered once; empty (with a warning) when the suite cannot render it.
     * A partial run's text is named as its file is ({@code <report>-partial.txt}).
     */
    synchronized Optional<RenderedReport> rendered(PrintStream err) {
        if (rendered == null) {
            try {
                String name = proof.reportName() + (partial ? ProofReportListener.PARTIAL_SUFFIX : "") + ".txt";
                rendered = Optional.of(new RenderedReport(name, text(), charts(err)));
            } catch (RuntimeException e) {
                err.println("[proof] " + suiteId + " report could not be rendered for the readiness tests"
                        + " (their results stand): " + e);
                rendered = Optional.empty();
            }
        }
        return rendered;
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.RenderedReport;
import dev.junitproof.api.suite.SuiteProof;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The suite run's report while its readiness tests run, so they can carry it (Allure attaches it there, and a
 * report tool cannot attach anything after a test finished). Checks and levels are pure functions of memoized
 * outcomes, so the result built here from the evaluator is the one the report listener builds from the test
 * events when the run ends, and the text is the same text. Rendered once per suite run, on first demand (only
 * when an observer listens).
 */
final class ReadinessReport {

    private final String suiteId;
    private final SuiteProof proof;
    private final CheckEvaluator evaluator;
    private final Path unit;
    private final Supplier<List<dev.junitproof.api.result.EvidenceDigest>> evidence;
    private final ProofConfiguration configuration;
    private final Set<String> includedChecks;
    private final Set<String> includedLevels;
    private final boolean partial;
    private final PrintStream err;
    private Optional<RenderedReport> rendered;

    /**
     * @param includedChecks the checks that run as tests (all of them unless an IDE selected a few)
     * @param includedLevels the levels that run as tests
     * @param partial        whether the selection left anything out: then, as in the listener, no verdict
     */
    ReadinessReport(String suiteId, SuiteProof proof, CheckEvaluator evaluator, Path unit,
            Supplier<List<dev.junitproof.api.result.EvidenceDigest>> evidence, ProofConfiguration configuration,
            java.util.Collection<String> includedChecks, Set<String> includedLevels, boolean partial, PrintStream err) {
        this.suiteId = suiteId;
        this.proof = proof;
        this.evaluator = evaluator;
        this.unit = unit;
        this.evidence = evidence;
        this.configuration = configuration;
        this.includedChecks = Set.copyOf(includedChecks);
        this.includedLevels = Set.copyOf(includedLevels);
        this.partial = partial;
        this.err = err;
    }

    /** The rendered report and charts; empty (with a warning) if the suite could not render its report. */
    synchronized Optional<RenderedReport> get() {
        if (rendered == null) {
            rendered = render();
        }
        return rendered;
    }

    private Optional<RenderedReport> render() {
        try {
            ProofResult result = result();
            String text = ProofReportListener.text(proof, result);
            return Optional.of(new RenderedReport(proof.reportName() + ".txt", text,
                    SuiteCharts.of(suiteId, proof, result, err)));
        } catch (RuntimeException e) {
            err.println("[proof] " + suiteId + " report could not be rendered for the readiness tests"
                    + " (their results stand): " + e);
            return Optional.empty();
        }
    }

    /** As {@code ProofReportListener} builds it: the outcomes and levels that ran, a verdict only for a whole run. */
    ProofResult result() {
        Outcomes all = evaluator.outcomes();
        List<CheckOutcome> ran = all.all().stream().filter(o -> includedChecks.contains(o.id())).toList();
        List<ReadinessResult> levels = proof.readiness().stream().filter(l -> includedLevels.contains(l.key()))
                .map(l -> l.evaluate(all)).toList();
        RecordedOutcomes outcomes = new RecordedOutcomes(ran);
        Optional<String> verdict = partial ? Optional.empty() : Optional.of(proof.verdict(outcomes, levels));
        return new ProofResult(ProofClock.read(configuration::get, System.getenv()).instant(),
                ProofReportListener.displayPath(unit), outcomes, levels, verdict, ran.size(),
                evaluator.checkIds().size(), evidence.get());
    }

    static Set<String> keys(List<ReadinessLevel> levels) {
        return levels.stream().map(ReadinessLevel::key).collect(java.util.stream.Collectors.toSet());
    }
}

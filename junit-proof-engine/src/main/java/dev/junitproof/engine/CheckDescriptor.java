package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.suite.CheckSpec;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One check as a test. Evaluating it (on this thread, between its start and finish events) publishes what it
 * measured, the target and the source as a report entry, tells the check observers, then passes, fails, or
 * aborts (PENDING / MISSING).
 */
final class CheckDescriptor extends ProofTestDescriptor {

    private final CheckSpec spec;
    private final CheckEvaluator evaluator;
    private final Function<CheckOutcome, CheckEvent> observed;

    CheckDescriptor(UniqueId uniqueId, String displayName, CheckSpec spec, TestSource source, CheckEvaluator evaluator,
            Function<CheckOutcome, CheckEvent> observed) {
        super(uniqueId, displayName, source);
        this.spec = spec;
        this.evaluator = evaluator;
        this.observed = observed;
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor executor) {
        CheckEvaluator.Evaluation evaluation = evaluator.evaluate(spec.id());
        CheckOutcome outcome = evaluation.outcome();
        context.listener().reportingEntryPublished(this, entry(outcome));
        context.observers().checkEvaluated(() -> observed.apply(outcome));
        if (outcome instanceof CheckOutcome.Failed failed) {
            throw new AssertionFailedError(failed.message(), evaluation.thrown());
        }
        if (outcome instanceof CheckOutcome.Pending || outcome instanceof CheckOutcome.Missing) {
            throw new TestAbortedException(outcome.status() + ": " + outcome.message(), evaluation.thrown());
        }
        return context;
    }

    static ReportEntry entry(CheckOutcome outcome) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ReportKeys.CHECK, outcome.id());
        values.put(ReportKeys.STATUS, outcome.status().name());
        Findings f = outcome.findings();
        putIfPresent(values, ReportKeys.MEASURED, f.measured());
        putIfPresent(values, ReportKeys.TARGET, f.target());
        putIfPresent(values, ReportKeys.DETAIL, f.detail());
        putIfPresent(values, ReportKeys.SOURCE, f.source() == null ? "" : f.source().toString());
        putIfPresent(values, ReportKeys.MESSAGE, outcome.message());
        return ReportEntry.from(values);
    }

    static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.observe.LevelEvent;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.observe.SuiteRun;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A readiness level as a test: met passes; unmet fails; unreachable with this evidence is aborted with the
 * unmet criteria as its reason, so it shows as skipped, never as passed.
 */
final class LevelDescriptor extends ProofTestDescriptor {

    private final ReadinessLevel level;
    private final CheckEvaluator evaluator;
    private final String token;
    private final SuiteRun run;
    private final String group;
    private final ReadinessReport report;

    LevelDescriptor(UniqueId uniqueId, ReadinessLevel level, CheckEvaluator evaluator, String token, SuiteRun run,
            String group, ReadinessReport report, TestSource source) {
        super(uniqueId, level.title(), source);
        this.level = level;
        this.evaluator = evaluator;
        this.token = token;
        this.run = run;
        this.group = group;
        this.report = report;
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor executor) {
        ReadinessResult result = level.evaluate(evaluator.outcomes());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ReportKeys.RUN, token);
        values.put(ReportKeys.LEVEL, level.key());
        values.put(ReportKeys.STATUS, result.status().name());
        CheckDescriptor.putIfPresent(values, ReportKeys.UNMET, String.join("\n", result.unmet()));
        context.listener().reportingEntryPublished(this, ReportEntry.from(values));
        context.observers().levelEvaluated(() -> new LevelEvent(run, group, level, result, report.get()));
        String unmet = "\n  - " + String.join("\n  - ", result.unmet());
        switch (result.status()) {
            case READY -> {
                return context;
            }
            case NOT_READY -> throw new AssertionFailedError(level.title() + ": not met" + unmet);
            default -> throw new TestAbortedException(
                    level.title() + ": not reachable with this evidence; unmet criteria:" + unmet);
        }
    }
}

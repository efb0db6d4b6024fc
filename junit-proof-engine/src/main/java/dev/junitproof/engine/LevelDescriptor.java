package dev.junitproof.engine;

import dev.junitproof.api.observe.LevelEvent;
import dev.junitproof.api.observe.SuiteRun;
import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.ApprovedCriterion;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.ReadinessLevel;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A readiness level as a test: met passes; unmet fails; unreachable with this evidence is aborted with the
 * unmet criteria as its reason, so it shows as skipped, never as passed.
 */
final class LevelDescriptor extends ProofTestDescriptor {

    private final ReadinessLevel level;
    private final SuiteRunResult result;
    private final SuiteRun run;
    private final String group;

    LevelDescriptor(UniqueId uniqueId, ReadinessLevel level, SuiteRunResult result, SuiteRun run, String group,
            TestSource source) {
        super(uniqueId, level.title(), source);
        this.level = level;
        this.result = result;
        this.run = run;
        this.group = group;
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor executor) {
        ReadinessResult evaluated = result.level(level).orElseGet(() -> level.evaluate(result.result().outcomes()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ReportKeys.LEVEL, level.key());
        values.put(ReportKeys.STATUS, evaluated.status().name());
        CheckDescriptor.putIfPresent(values, ReportKeys.UNMET, String.join("\n", evaluated.unmet()));
        CheckDescriptor.putIfPresent(values, ReportKeys.APPROVED, String.join("\n", evaluated.approved().stream()
                .map(ApprovedCriterion::summary).toList()));
        CheckDescriptor.putIfPresent(values, ReportKeys.NOT_COUNTED, String.join("\n", notCounted(evaluated)));
        context.listener().reportingEntryPublished(this, ReportEntry.from(values));
        context.observers().levelEvaluated(() -> new LevelEvent(run, group, level, evaluated,
                result.rendered(System.err)));
        List<String> notCounted = notCounted(evaluated);
        String unmet = "\n  - " + String.join("\n  - ", evaluated.unmet())
                + (notCounted.isEmpty() ? "" : "\napprovals that did not count:\n  - " + String.join("\n  - ", notCounted));
        switch (evaluated.status()) {
            case READY -> {
                return context;
            }
            case NOT_READY -> throw new AssertionFailedError(level.title() + ": not met" + unmet);
            default -> throw new TestAbortedException(
                    level.title() + ": not reachable with this evidence; unmet criteria:" + unmet);
        }
    }

    /** {@code GA-3 exception by security-lead: expired on 2026-03-22}. */
    private static List<String> notCounted(ReadinessResult result) {
        return result.notCounted().stream().map(ApprovalStanding::summary).toList();
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;
import dev.junitproof.api.suite.SourceRef;
import org.junit.platform.engine.TestExecutionResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the listener recorded for one suite run from the test events: each check's outcome and each readiness
 * level's result. A check counts as passed only if the engine said PASS <em>and</em> the test finished
 * successfully, so no disagreement between the two can ever produce a wrong PASS.
 */
final class RecordedRun {

    private final Map<String, CheckOutcome> checks = new LinkedHashMap<>();
    private final Map<String, ReadinessResult> levels = new LinkedHashMap<>();

    synchronized void check(Map<String, String> entry, TestExecutionResult result) {
        String id = entry.get(ReportKeys.CHECK);
        CheckStatus claimed = CheckStatus.valueOf(entry.getOrDefault(ReportKeys.STATUS, "FAIL"));
        String source = entry.getOrDefault(ReportKeys.SOURCE, "");
        Findings findings = new Findings(entry.get(ReportKeys.DETAIL), entry.get(ReportKeys.MEASURED),
                entry.get(ReportKeys.TARGET), source.isEmpty() ? null : sourceRef(source));
        String message = entry.getOrDefault(ReportKeys.MESSAGE, "");
        CheckOutcome outcome;
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL && claimed == CheckStatus.PASS) {
            outcome = new CheckOutcome.Passed(id, findings);
        } else if (result.getStatus() == TestExecutionResult.Status.ABORTED && claimed == CheckStatus.PENDING) {
            outcome = new CheckOutcome.Pending(id, findings, message);
        } else if (result.getStatus() == TestExecutionResult.Status.ABORTED && claimed == CheckStatus.MISSING) {
            outcome = new CheckOutcome.Missing(id, findings, message);
        } else {
            String why = message.isEmpty()
                    ? result.getThrowable().map(Throwable::getMessage).orElse("test did not pass") : message;
            outcome = new CheckOutcome.Failed(id, findings, why);
        }
        checks.put(id, outcome);
    }

    synchronized void level(Map<String, String> entry) {
        String unmet = entry.getOrDefault(ReportKeys.UNMET, "");
        levels.put(entry.get(ReportKeys.LEVEL), new ReadinessResult(entry.get(ReportKeys.LEVEL),
                ReadinessStatus.valueOf(entry.get(ReportKeys.STATUS)),
                unmet.isEmpty() ? List.of() : Arrays.asList(unmet.split("\n"))));
    }

    /** Recorded outcomes in plan order. */
    synchronized List<CheckOutcome> outcomes(List<String> planned) {
        List<CheckOutcome> ordered = new ArrayList<>();
        for (String id : planned) {
            CheckOutcome outcome = checks.get(id);
            if (outcome != null) {
                ordered.add(outcome);
            }
        }
        return ordered;
    }

    synchronized List<ReadinessResult> levels(List<String> planned) {
        List<ReadinessResult> ordered = new ArrayList<>();
        for (String key : planned) {
            ReadinessResult level = levels.get(key);
            if (level != null) {
                ordered.add(level);
            }
        }
        return ordered;
    }

    private static SourceRef sourceRef(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? SourceRef.file(text) : SourceRef.of(text.substring(0, space), text.substring(space + 1));
    }
}

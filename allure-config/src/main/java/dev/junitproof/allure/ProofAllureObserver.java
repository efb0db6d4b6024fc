package dev.junitproof.allure;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.observe.CheckObserver;
import dev.junitproof.api.observe.LevelEvent;
import dev.junitproof.api.observe.SuiteRun;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Approval;
import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.ApprovedCriterion;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.ApprovalKind;
import dev.junitproof.api.suite.Criterion;
import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Gives every check and readiness level of a proof run what Allure shows: epic = suite, feature = slice or
 * matrix, story = check id, severity (critical when it gates readiness), a description with the criterion,
 * measured and target as parameters, a link to the evidence file and the file itself as an attachment; each
 * readiness level gets the suite run's rendered proof report and its charts as attachments.
 * Registered through {@code META-INF/services/dev.junitproof.api.observe.CheckObserver}; does nothing when Allure is not
 * on the class path.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProofAllureObserver implements CheckObserver {

    static final String READINESS_FEATURE = "Readiness levels";

    private final boolean allure = AllureAdapter.available();

    @Override
    public void checkEvaluated(CheckEvent event) {
        if (allure) {
            AllureAdapter.report(facts(event));
        }
    }

    @Override
    public void levelEvaluated(LevelEvent event) {
        if (allure) {
            AllureAdapter.report(facts(event));
        }
    }

    static AllureFacts facts(CheckEvent event) {
        CheckOutcome outcome = event.outcome();
        Findings f = outcome.findings();
        StringBuilder description = new StringBuilder("**").append(event.check().displayName()).append("**\n");
        line(description, "Target", f.target());
        line(description, "Measured", f.measured());
        line(description, "Detail", f.detail());
        line(description, "Source", f.source() == null ? "" : f.source().toString());
        line(description, "Outcome", outcome.status() + (outcome.message().isEmpty() ? "" : ": " + firstLine(outcome.message())));
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, "measured", f.measured());
        putIfPresent(parameters, "target", f.target());
        SuiteRun run = event.run();
        return new AllureFacts(run.suiteTitle(), event.group().isEmpty() ? run.suiteTitle() : event.group(),
                event.check().id(), event.readinessGating(), unitName(run), description.toString().strip(),
                parameters, f.source() == null ? "" : f.source().file(), event.evidenceFile(), Optional.empty(), Map.of(), "");
    }

    static AllureFacts facts(LevelEvent event) {
        ReadinessResult result = event.result();
        StringBuilder description = new StringBuilder("**").append(event.level().title()).append("**\n");
        line(description, "Status", result.status().name());
        description.append("\n\nCriteria:\n\n");
        for (Criterion c : event.level().criteria()) {
            description.append("- ").append(c.description())
                    .append(result.unmet().contains(c.description()) ? " (unmet)" : " (met)");
            result.approved().stream().filter(a -> a.criterion().equals(c.id())).findFirst()
                    .ifPresent(a -> description.append(" — ").append(a.summary()));
            description.append('\n');
        }
        for (ApprovalStanding standing : result.notCounted()) {
            description.append("- approval not counted: ").append(standing.summary()).append('\n');
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (ApprovedCriterion approved : result.approved()) {
            Approval a = approved.approval();
            links.put("approval " + approved.criterion() + " (" + a.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " by " + a.approvedBy() + ")", a.reference());
        }
        String feature = event.group().isEmpty() ? READINESS_FEATURE : event.group();
        return new AllureFacts(event.run().suiteTitle(), feature, event.level().key(), true, unitName(event.run()),
                description.toString().strip(), Map.of(), "", Optional.empty(), event.report(), links,
                exceptionNote(result));
    }

    /**
     * A level reached on approved exceptions says so in its status message, so Allure files it under its own
     * category instead of among plain passes: a waiver is not a proof.
     */
    private static String exceptionNote(ReadinessResult result) {
        if (!result.ready() || result.exceptions() == 0) {
            return "";
        }
        StringBuilder note = new StringBuilder("READY with ").append(result.exceptions()).append(" approved exception")
                .append(result.exceptions() == 1 ? "" : "s").append(':');
        result.approved().stream().filter(a -> a.approval().kind() == ApprovalKind.EXCEPTION)
                .forEach(a -> note.append("\n  - ").append(a.summary()));
        return note.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            // Allure renders the description as Markdown: one list item per finding.
            sb.append("\n- ").append(label).append(": ").append(value.replace("\n", " "));
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String unitName(SuiteRun run) {
        return run.evidenceUnit().getFileName() == null ? run.evidenceUnit().toString()
                : run.evidenceUnit().getFileName().toString();
    }
}

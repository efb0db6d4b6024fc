package dev.junitproof.engine;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;
import org.junit.platform.commons.util.StringUtils;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <report>.md}: the verdict, the check matrix as a table, readiness levels and the failing checks with
 * measured vs target, ready to paste into a pull request or append to a CI job summary. Generic: built from
 * what every suite reports, so a new suite gets it for free.
 */
final class MarkdownSummary {

    private MarkdownSummary() {
    }

    static String render(String suiteTitle, PlanIndex plan, ProofResult result) {
        return render(suiteTitle, plan, result, dev.junitproof.api.result.Approvals.NONE);
    }

    static String render(String suiteTitle, PlanIndex plan, ProofResult result, dev.junitproof.api.result.Approvals approvals) {
        Map<String, String> titles = plan.titles();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(suiteTitle).append(" — ").append(result.verdictText()).append("\n\n");
        List<CheckOutcome> matrix = plan.matrixIds().stream()
                .map(id -> result.outcomes().find(id)).flatMap(Optional::stream).toList();
        md.append("Evidence: `").append(result.evidenceDir()).append("` · Generated ")
                .append(result.generatedText())
                .append(" · PASS ").append(count(matrix, CheckStatus.PASS))
                .append(" · FAIL ").append(count(matrix, CheckStatus.FAIL))
                .append(" · PENDING ").append(count(matrix, CheckStatus.PENDING) + count(matrix, CheckStatus.MISSING))
                .append("\n\n");
        md.append("| Check | Status | Description | Detail | Target |\n|---|---|---|---|---|\n");
        for (String id : plan.matrixIds()) {
            Optional<CheckOutcome> outcome = result.outcomes().find(id);
            Findings f = outcome.map(CheckOutcome::findings).orElse(Findings.NONE);
            md.append("| ").append(id)
                    .append(" | ").append(mark(result.outcomes().status(id)))
                    .append(" | ").append(cell(titles.getOrDefault(id, "")))
                    .append(" | ").append(cell(f.detail()))
                    .append(" | ").append(cell(f.target()))
                    .append(" |\n");
        }
        if (!result.readiness().isEmpty()) {
            md.append("\n### Readiness\n\n| Level | Status | Unmet criteria |\n|---|---|---|\n");
            for (ReadinessResult level : result.readiness()) {
                md.append("| ").append(level.level()).append(" | ").append(mark(level.status()))
                        .append(" | ").append(cell(String.join("; ", level.unmet()))).append(" |\n");
            }
        }
        if (!approvals.all().isEmpty()) {
            md.append("\n### Approvals (apart from the checks)\n\n| Criterion | Kind | Counts | Approved by | Approved | Expires | Reference |\n"
                    + "|---|---|---|---|---|---|---|\n");
            for (dev.junitproof.api.result.ApprovalStanding s : approvals.all()) {
                dev.junitproof.api.result.Approval a = s.approval();
                md.append("| ").append(a.criterion()).append(" | ").append(a.kind().fileName()).append(" | ")
                        .append(s.counted() ? "yes" : cell("no: " + s.why())).append(" | ").append(cell(a.approvedBy()))
                        .append(" | ").append(a.approvedAt()).append(" | ").append(a.expires().map(Object::toString).orElse(""))
                        .append(" | ").append(cell(a.reference())).append(" |\n");
            }
        }
        List<CheckOutcome> failing = result.outcomes().all().stream()
                .filter(o -> o.status() == CheckStatus.FAIL).toList();
        if (!failing.isEmpty()) {
            md.append("\n### Failing checks\n\n");
            for (CheckOutcome o : failing) {
                Findings f = o.findings();
                md.append("- **").append(o.id()).append("** ").append(cell(titles.getOrDefault(o.id(), "")));
                if (StringUtils.isNotBlank(f.measured())) {
                    md.append(": measured ").append(cell(f.measured()));
                }
                if (StringUtils.isNotBlank(f.target())) {
                    md.append(", target ").append(cell(f.target()));
                }
                if (f.source() != null) {
                    md.append(" (`").append(f.source()).append("`)");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static long count(List<CheckOutcome> outcomes, CheckStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static String mark(CheckStatus status) {
        return switch (status) {
            case PASS -> "✅ PASS";
            case FAIL -> "❌ FAIL";
            case PENDING -> "⏳ PENDING";
            case MISSING -> "⚠️ MISSING";
            case NOT_RUN -> "NOT RUN";
        };
    }

    private static String mark(ReadinessStatus status) {
        return switch (status) {
            case READY -> "✅ READY";
            case NOT_READY -> "❌ NOT READY";
            case NOT_YET -> "⏳ NOT YET";
        };
    }

    /** A table cell: one line, pipes escaped. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}

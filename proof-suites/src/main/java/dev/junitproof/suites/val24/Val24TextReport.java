package dev.junitproof.suites.val24;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed's §11 report, line for line: header, elapsed, traffic summary, the 10-check matrix, the overall
 * count and the Gate D line. Lines the seed does not show (a round in progress, inconsistent or unreadable
 * rounds, receipt anomalies, pending counts) appear only when there is something to say, so a clean final
 * report is exactly the seed's.
 */
final class Val24TextReport {

    static final String TITLE = "VAL24 — Relay 30-Day Soak Validation";

    private Val24TextReport() {
    }

    static String render(Loaded<SoakAccounting> soak, ProofResult result) {
        List<String> out = new ArrayList<>();
        out.add(TITLE);
        out.add("Generated: " + result.generatedText());
        out.add("Soak dir: " + result.evidenceDir());
        if (soak instanceof Loaded.Present<SoakAccounting> present) {
            summary(out, present.value());
        } else {
            out.add("Soak evidence unreadable: " + soak.missingDetail());
        }
        out.add("10-check matrix:");
        Outcomes outcomes = result.outcomes();
        for (String id : Val24Checks.IDS) {
            String text = outcomes.find(id).map(o -> o.findings().detail().isEmpty() ? o.message() : o.findings().detail())
                    .orElse("");
            out.add((id + " " + outcomes.status(id).name() + " " + firstLine(text)).stripTrailing());
        }
        out.add(overall(outcomes));
        String figures = soak.optional().map(GateD::figures).orElse("delivery=n/a, retry=n/a, loss=n/a");
        out.add("Gate D: " + gateLabel(result) + " (" + figures + ")");
        return String.join("\n", out) + "\n";
    }

    private static void summary(List<String> out, SoakAccounting s) {
        out.add("Elapsed: " + (long) Math.floor(s.elapsedDays()) + " day(s) (" + s.totalRounds() + "/"
                + s.parameters().roundsTarget() + " rounds)");
        s.inProgress().ifPresent(r -> out.add("In progress: round " + r.round() + " (" + r.detail() + ")"));
        out.add("Traffic summary:");
        out.add("Total seeded: " + s.totalSeeded());
        out.add("Total delivered: " + s.totalDelivered());
        out.add("Total deadletter: " + s.totalDeadletter());
        out.add("Total loss (silent): " + s.lossCount());
        out.add("Clean rounds: " + s.rounds(RoundKind.CLEAN) + " delivery rate: "
                + Figures.rate(s.cleanDeliveryRate(), SoakTargets.CLEAN_DELIVERY));
        out.add("Outage rounds: " + s.rounds(RoundKind.OUTAGE));
        out.add("Recovery rounds: " + s.rounds(RoundKind.RECOVERY) + " retried: " + s.totalRetried()
                + " recovered: " + s.totalRecovered());
        out.add("Retry recovery rate: " + Figures.rate(s.retryRecoveryRate(), SoakTargets.RETRY_RECOVERY));
        List<RoundAccounting> inconsistent = s.inconsistentRounds();
        if (!inconsistent.isEmpty()) {
            out.add("Inconsistent rounds: " + inconsistent.size() + " (" + inconsistent.stream()
                    .map(r -> "round " + r.round() + ": " + String.join("; ", r.problems()))
                    .collect(Collectors.joining(" | ")) + ")");
        }
        if (!s.unreadable().isEmpty()) {
            out.add("Unreadable rounds: " + s.unreadable().size() + " (" + s.unreadable().stream()
                    .map(r -> "round " + r.round() + ": " + r.detail()).collect(Collectors.joining(" | ")) + ")");
        }
        Receipts receipts = s.receipts();
        if (receipts.unknown() > 0) {
            out.add("Received but never seeded: " + receipts.unknown() + " (" + String.join(", ", receipts.unknownExamples())
                    + (receipts.unknown() > receipts.unknownExamples().size() ? ", ..." : "") + ")");
        }
        if (receipts.duplicates() > 0) {
            out.add("Received more than once: " + receipts.duplicates() + " (" + String.join(", ", receipts.duplicateExamples())
                    + (receipts.duplicates() > receipts.duplicateExamples().size() ? ", ..." : "") + ")");
        }
    }

    /** {@code Overall: PASS=10 FAIL=0}, then pending, missing and not-run counts when there are any. */
    private static String overall(Outcomes outcomes) {
        StringBuilder sb = new StringBuilder("Overall:");
        for (CheckStatus status : CheckStatus.values()) {
            long count = Val24Checks.IDS.stream().filter(id -> outcomes.status(id) == status).count();
            if (count > 0 || status == CheckStatus.PASS || status == CheckStatus.FAIL) {
                sb.append(' ').append(status.name()).append('=').append(count);
            }
        }
        return sb.toString();
    }

    /** PASS, FAIL or IN PROGRESS from the verdict; a partial run prints its notice instead. */
    private static String gateLabel(ProofResult result) {
        if (result.partial()) {
            return result.verdictText();
        }
        String verdict = result.verdictText();
        return verdict.startsWith("GATE D ") ? verdict.substring("GATE D ".length()) : verdict;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

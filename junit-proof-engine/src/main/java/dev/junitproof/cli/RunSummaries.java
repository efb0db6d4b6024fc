package dev.junitproof.cli;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.engine.RunReport;
import org.junit.platform.engine.TestExecutionResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a proof user reads after a run: per suite run one compact block (suite, evidence, verdict, counts, each
 * failed or missing check with measured, target and source, where the reports went), then one line for the run.
 * Every status word is the recorded outcome's; nothing here compares a figure with a target.
 */
final class RunSummaries {

    private final Terminal terminal;

    RunSummaries(Terminal terminal) {
        this.terminal = terminal;
    }

    void print(ProofLaunch.Outcome outcome) {
        for (String warning : outcome.warnings()) {
            terminal.err().println("junit-proof: warning: " + warning);
        }
        for (RunReport report : outcome.reports()) {
            block(report);
        }
        for (ProofLaunch.Unpassed problem : outcome.unpassed()) {
            if (problem.status() == TestExecutionResult.Status.FAILED && !belongsToAReport(problem, outcome)) {
                terminal.out().println(terminal.red("problem") + "  " + problem.name() + ": " + firstLine(problem.reason()));
            }
        }
        long failedRuns = outcome.reports().stream().filter(RunSummaries::failed).count();
        terminal.out().println(outcome.reports().size() + " suite run" + (outcome.reports().size() == 1 ? "" : "s") + ", "
                + outcome.testsRun() + (outcome.testsRun() == 1 ? " test" : " tests") + (failedRuns == 0 ? "" : ", " + failedRuns + " with failures"));
    }

    /** A suite-run container that failed (its reports not written) is said inside its block. */
    private static boolean belongsToAReport(ProofLaunch.Unpassed problem, ProofLaunch.Outcome outcome) {
        return problem.test() && problem.uniqueId().contains("[suite:")
                || outcome.reports().stream().anyMatch(r -> !r.failures().isEmpty()
                && problem.uniqueId().contains("[suite:" + r.suiteId() + "]"));
    }

    private static boolean failed(RunReport report) {
        return !report.failures().isEmpty()
                || report.result().outcomes().all().stream().anyMatch(o -> o.status() == CheckStatus.FAIL);
    }

    void block(RunReport report) {
        ProofResult result = report.result();
        terminal.out().println(terminal.bold(report.suiteTitle()) + " · " + report.unitName());
        String verdict = result.verdictText();
        terminal.out().println("  verdict   " + (failed(report) ? terminal.red(verdict) : terminal.green(verdict)));
        List<CheckOutcome> all = result.outcomes().all();
        terminal.out().println("  checks    " + count(all, CheckStatus.PASS) + " passed · " + count(all, CheckStatus.FAIL)
                + " failed · " + count(all, CheckStatus.PENDING) + " pending"
                + (count(all, CheckStatus.MISSING) == 0 ? "" : " · " + count(all, CheckStatus.MISSING) + " missing")
                + (result.partial() ? " (partial run: " + result.checksRun() + " of " + result.checksPlanned() + ")" : ""));
        List<String> lines = new ArrayList<>();
        for (CheckOutcome outcome : all) {
            if (outcome.status() == CheckStatus.FAIL || outcome.status() == CheckStatus.MISSING) {
                lines.add(describe(report, outcome));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            terminal.out().println((i == 0 ? "  failed    " : "            ") + lines.get(i));
        }
        for (String failure : report.failures()) {
            terminal.out().println("  " + terminal.red("not written") + " " + failure);
        }
        report.textReport().ifPresent(text -> terminal.out().println("  reports   " + display(text) + " (.json, .md)"));
        terminal.out().println();
    }

    private String describe(RunReport report, CheckOutcome outcome) {
        Findings f = outcome.findings();
        StringBuilder line = new StringBuilder();
        line.append(outcome.status() == CheckStatus.FAIL ? terminal.red(outcome.id()) : terminal.yellow(outcome.id()))
                .append(' ').append(report.checkTitles().getOrDefault(outcome.id(), ""));
        List<String> facts = new ArrayList<>();
        if (!f.measured().isEmpty()) {
            facts.add("measured " + f.measured());
        }
        if (!f.target().isEmpty()) {
            facts.add("target " + f.target());
        }
        if (f.source() != null) {
            facts.add(f.source().toString());
        }
        if (!facts.isEmpty()) {
            line.append("\n              ").append(String.join(" · ", facts));
        }
        String why = f.detail().isEmpty() ? reason(outcome, report) : f.detail();
        if (!why.isEmpty()) {
            line.append("\n              ").append(why);
        }
        return line.toString();
    }

    /** The failure message's own words, without the "<id> <title> failed: " it opens with. */
    private static String reason(CheckOutcome outcome, RunReport report) {
        String message = firstLine(outcome.message());
        String prefix = outcome.id() + " " + report.checkTitles().getOrDefault(outcome.id(), "") + " failed: ";
        return message.startsWith(prefix) ? message.substring(prefix.length()).strip() : message.strip();
    }

    private static long count(List<CheckOutcome> outcomes, CheckStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}

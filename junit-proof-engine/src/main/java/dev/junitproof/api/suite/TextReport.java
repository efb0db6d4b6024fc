package dev.junitproof.api.suite;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The shared skeleton of a text proof report: header, environment, the checks group by group, readiness with each
 * criterion, the checks that did not pass with measured and target, and the verdict. {@link SuiteProof#renderText}
 * uses it as it is; a suite whose seed lays a part out differently overrides that part alone.
 *
 * <p>Every status word it prints is a recorded outcome or readiness result: a criterion is met exactly when the
 * recorded result does not list it as unmet; nothing here compares a figure with a target.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class TextReport {

    protected final SuiteProof proof;
    protected final ProofResult result;
    protected final List<String> out = new ArrayList<>();

    public TextReport(SuiteProof proof, ProofResult result) {
        this.proof = proof;
        this.result = result;
    }

    /** The report, sections in order, each followed by a blank line. */
    public String render() {
        header();
        environment();
        checks();
        readiness();
        notPassed();
        verdict();
        return String.join("\n", out) + "\n";
    }

    protected void header() {
        out.add(proof.title());
        out.add("Evidence: " + result.evidenceDir());
        out.add("Generated: " + result.generatedText());
        out.add("");
    }

    protected void environment() {
        Map<String, String> environment = proof.environment();
        if (environment.isEmpty()) {
            return;
        }
        out.add("Environment:");
        environment.forEach((label, value) -> out.add("  " + label + ": " + value));
        out.add("");
    }

    protected void checks() {
        for (PlanNode node : proof.plan()) {
            node(node, "");
        }
        out.add("");
    }

    private void node(PlanNode node, String indent) {
        if (node instanceof CheckGroup group) {
            out.add(indent + group.displayName() + ":");
            for (PlanNode child : group.children()) {
                node(child, indent + "  ");
            }
        } else if (node instanceof CheckSpec check) {
            out.add(indent + check.id() + " " + result.outcomes().statusLabel(check.id()) + " " + check.title());
        }
    }

    protected void readiness() {
        if (proof.readiness().isEmpty()) {
            return;
        }
        out.add("Readiness:");
        for (ReadinessLevel level : proof.readiness()) {
            Optional<ReadinessResult> recorded = result.readiness(level.key());
            out.add("  " + level.title() + " " + recorded.map(r -> mark(r.status()))
                    .orElse("✗ (" + CheckStatus.NOT_RUN.name() + ")"));
            for (Criterion criterion : level.criteria()) {
                out.add("    " + CriterionLine.of(criterion, recorded));
            }
        }
        out.add("");
    }

    /** Every check that ran and did not pass: its status, first line of its message, measured and target. */
    protected void notPassed() {
        List<CheckOutcome> failing = result.outcomes().all().stream().filter(o -> !o.passed()).toList();
        if (failing.isEmpty()) {
            return;
        }
        out.add("Not passed:");
        for (CheckOutcome outcome : failing) {
            out.add("  " + outcome.id() + " " + outcome.status().name() + ": " + outcome.reason());
            Findings f = outcome.findings();
            if (!f.measured().isBlank() || !f.target().isBlank()) {
                out.add("    measured " + (f.measured().isBlank() ? "—" : f.measured()) + ", target "
                        + (f.target().isBlank() ? "—" : f.target()) + (f.source() == null ? "" : " (" + f.source() + ")"));
            }
        }
        out.add("");
    }

    protected void verdict() {
        out.add("Verdict: " + result.verdictText());
    }

    private static String mark(ReadinessStatus status) {
        return switch (status) {
            case READY -> "✓";
            case NOT_READY -> "✗ (NOT READY)";
            case NOT_YET -> "✗ (NOT YET)";
        };
    }
}

package dev.junitproof.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.engine.Judgments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every suite's reports keep: they are views of the recorded outcomes. The suite judges real evidence,
 * then renders its text report and its own JSON fields again from forged outcomes (every check PENDING, then every
 * FAIL, then every PASS); a renderer that decides a status itself, comparing a figure with a target, prints a
 * status word the forged outcomes do not contain, and the contract names the line.
 */
public final class ReportViews {

    private static final Pattern STATUS = Pattern.compile("(?<![A-Za-z_])(PASS|FAIL|✓)(?![A-Za-z_=])");

    private ReportViews() {
    }

    /**
     * @param allowed lines (exact, after stripping) that carry a status word which is not any check's status,
     *                such as a criterion quoting the seed ({@code s19 == "PASS"})
     */
    public static void assertViewsOfOutcomes(ProofSuite suite, Path root, Path unit, Map<String, String> settings,
            String... allowed) {
        Judgments.Proved proved = Judgments.prove(suite, root, unit, key -> Optional.ofNullable(settings.get(key)));
        SuiteProof proof = proved.proof();
        ProofResult real = proved.judgment().result();
        List<String> exceptions = Arrays.asList(allowed);
        for (CheckStatus forged : List.of(CheckStatus.PENDING, CheckStatus.FAIL, CheckStatus.PASS)) {
            ProofResult result = forge(proof, real, forged);
            String text = proof.renderText(result);
            ObjectNode json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            proof.addJson(json, result);
            List<String> wrong = new ArrayList<>();
            wrong.addAll(wrongWords("text", text, forged, exceptions));
            wrong.addAll(wrongWords("json", json.toPrettyString(), forged, exceptions));
            assertThat(wrong).as("status words %s's reports print that the forged outcomes (all %s) do not hold",
                    suite.id(), forged).isEmpty();
        }
    }

    /** Every check of the real run with the forged status, its findings kept; levels and verdict follow. */
    static ProofResult forge(SuiteProof proof, ProofResult real, CheckStatus status) {
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (CheckOutcome o : real.outcomes().all()) {
            outcomes.add(switch (status) {
                case PASS -> new CheckOutcome.Passed(o.id(), o.findings());
                case FAIL -> new CheckOutcome.Failed(o.id(), o.findings(), "forged");
                default -> new CheckOutcome.Pending(o.id(), o.findings(), "forged");
            });
        }
        Outcomes forged = new ForgedOutcomes(outcomes);
        List<ReadinessResult> levels = proof.readiness().stream().map(l -> l.evaluate(forged)).toList();
        return new ProofResult(real.generatedAt(), real.evidenceDir(), forged, levels,
                Optional.of(proof.verdict(forged, levels)), real.checksRun(), real.checksPlanned(), real.evidence());
    }

    /** Words that cannot have come from {@code forged}: PASS or ✓ unless all passed, FAIL unless all failed. */
    static List<String> wrongWords(String where, String rendered, CheckStatus forged, List<String> exceptions) {
        List<String> wrong = new ArrayList<>();
        String[] lines = rendered.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (exceptions.contains(line.strip())) {
                continue;
            }
            Matcher m = STATUS.matcher(line);
            while (m.find()) {
                String word = m.group(1);
                boolean fromOutcomes = switch (word) {
                    case "PASS", "✓" -> forged == CheckStatus.PASS;
                    default -> forged == CheckStatus.FAIL;
                };
                if (!fromOutcomes) {
                    wrong.add(where + " line " + (i + 1) + ": " + line.strip());
                    break;
                }
            }
        }
        return wrong;
    }

    private record ForgedOutcomes(List<CheckOutcome> list) implements Outcomes {
        public Optional<CheckOutcome> find(String checkId) {
            return list.stream().filter(o -> o.id().equals(checkId)).findFirst();
        }

        public List<CheckOutcome> all() {
            return list;
        }
    }
}

package dev.junitproof.suites.slices;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;
import dev.junitproof.api.suite.CriterionLine;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Report sections the slice-consolidating suites print alike (VAL25/VAL26 seeds §7): scenario coverage, the
 * check matrix with its detail lines and total, known failures, and the readiness conclusion. Every status word
 * here is a recorded outcome; nothing is compared or decided.
 */
public final class SliceReportSections {

    private SliceReportSections() {
    }

    /**
     * {@code VAL07 Fleet Rollout Latency Baseline   PASS    (9/9 checks)}: the row's status is the outcome of the
     * check it names; a slice that could not be read says {@code (MISSING: why)}.
     */
    public static void coverage(List<String> out, List<CoverageRow> rows, Outcomes outcomes) {
        out.add("Scenario Coverage:");
        for (CoverageRow row : rows) {
            String counts = row.detail().startsWith("MISSING") ? "(" + row.detail() + ")"
                    : "(" + row.passed() + "/" + row.total() + " checks)";
            out.add(String.format("  %s %-32s %-7s %s", row.slice(), row.name(), row.status(outcomes), counts));
        }
        out.add("");
    }

    /**
     * {@code VAL25-06 PASS Latency: … [target]} and its detail line, for each id; then {@code Overall: PASS=n FAIL=n}
     * and, for a partial or pending run, how many rows had each other status.
     *
     * @param targetRows ids whose row the seed marks {@code [target]}
     */
    public static void matrix(List<String> out, Map<String, String> titles, List<String> targetRows, Outcomes outcomes) {
        out.add("10-Check Matrix:");
        Map<CheckStatus, Integer> counted = new EnumMap<>(CheckStatus.class);
        for (Map.Entry<String, String> row : titles.entrySet()) {
            String id = row.getKey();
            CheckStatus status = outcomes.status(id);
            counted.merge(status, 1, Integer::sum);
            out.add(String.format("  %s %-4s %s%s", id, status, row.getValue(), targetRows.contains(id) ? " [target]" : ""));
            String detail = outcomes.findings(id).detail();
            if (!detail.isEmpty()) {
                out.add("           " + detail);
            }
        }
        out.add("");
        StringBuilder overall = new StringBuilder("Overall: PASS=" + counted.getOrDefault(CheckStatus.PASS, 0)
                + " FAIL=" + counted.getOrDefault(CheckStatus.FAIL, 0));
        // A partial or pending run must not read like a clean matrix: say how many rows are neither.
        for (CheckStatus other : CheckStatus.values()) {
            if (other != CheckStatus.PASS && other != CheckStatus.FAIL && counted.containsKey(other)) {
                overall.append(' ').append(other).append('=').append(counted.get(other));
            }
        }
        out.add(overall.toString());
        out.add("");
    }

    /**
     * Failed checks among {@code titles}' ids, in plan order
     * ({@code - VAL25-06 FAIL: measured p99=612.5ms (target <= 500 ms)}).
     */
    public static void failures(List<String> out, Map<String, String> titles, Outcomes outcomes) {
        failures(out, List.copyOf(titles.keySet()), outcomes);
    }

    /** Failed checks among {@code ids}, in plan order. */
    public static void failures(List<String> out, List<String> ids, Outcomes outcomes) {
        for (CheckOutcome outcome : outcomes.all()) {
            if (outcome.status() == CheckStatus.FAIL && ids.contains(outcome.id())) {
                Findings f = outcome.findings();
                out.add("  - " + outcome.id() + " FAIL: " + (f.detail().isEmpty() ? f.measured() : f.detail())
                        + (f.target().isEmpty() ? "" : " (target " + f.target() + ")"));
            }
        }
    }

    /**
     * A figure's status where the report prints it: the outcome of the check that judges it, and why when it did
     * not pass ({@code FAIL (samples=21 but samples_ms holds 20 values)}), from that check's own detail.
     */
    public static String status(Outcomes outcomes, String checkId) {
        CheckStatus status = outcomes.status(checkId);
        String detail = outcomes.findings(checkId).detail();
        return status == CheckStatus.PASS || detail.isEmpty() ? status.name() : status + " (" + detail + ")";
    }

    /**
     * For a line the seed prints without a status word (VAL07's concurrent line, VAL08's N=100 line): nothing while
     * every check judging it passed, else each one that did not, with its status ({@code   VAL07-concurrent-wall FAIL}).
     */
    public static String unlessPassed(Outcomes outcomes, String... checkIds) {
        StringBuilder notPassed = new StringBuilder();
        for (String id : checkIds) {
            CheckStatus status = outcomes.status(id);
            if (status != CheckStatus.PASS) {
                notPassed.append(notPassed.length() == 0 ? "  " : ", ").append(id).append(' ').append(status);
            }
        }
        return notPassed.toString();
    }

    /**
     * {@code DESIGN PARTNER READY ✓}, {@code GA READY ✗ (NOT YET)}, each followed by its criteria marked ✓ or ✗ as
     * the recorded level lists them unmet.
     *
     * @param labels the heading of each level, in the levels' order
     */
    public static void readiness(List<String> out, List<ReadinessLevel> levels, List<String> labels, ProofResult result) {
        out.add("Readiness Conclusion:");
        for (int i = 0; i < levels.size(); i++) {
            ReadinessLevel level = levels.get(i);
            Optional<ReadinessResult> recorded = result.readiness(level.key());
            ReadinessStatus status = recorded.map(ReadinessResult::status).orElse(null);
            String mark = status == ReadinessStatus.READY ? "✓"
                    : status == ReadinessStatus.NOT_YET ? "✗ (NOT YET)"
                    : status == null ? "✗ (" + CheckStatus.NOT_RUN + ")" : "✗";
            out.add("  " + labels.get(i) + " " + mark);
            for (Criterion criterion : level.criteria()) {
                out.add("    " + CriterionLine.of(criterion, recorded));
            }
        }
        out.add("");
    }
}

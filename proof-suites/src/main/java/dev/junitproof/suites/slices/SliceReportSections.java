package dev.junitproof.suites.slices;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.ReadinessStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Report sections the slice-consolidating suites print alike (VAL25/VAL26 seeds §7): scenario coverage, the
 * check matrix with its detail lines and total, known failures, and the readiness conclusion.
 */
public final class SliceReportSections {

    private SliceReportSections() {
    }

    /** {@code VAL07 Fleet Rollout Latency Baseline   PASS    (9/9 checks)}; MISSING rows say why. */
    public static void coverage(List<String> out, List<SliceEvidence> slices) {
        out.add("Scenario Coverage:");
        for (SliceEvidence slice : slices) {
            SliceSpec spec = slice.spec();
            String counts = slice.status() == SliceStatus.MISSING ? "(" + slice.detail() + ")"
                    : "(" + slice.passedChecks() + "/" + spec.expectedChecks() + " checks)";
            out.add(String.format("  %s %-32s %-7s %s", spec.val(), spec.name(), slice.status(), counts));
        }
        out.add("");
    }

    /**
     * {@code VAL25-06 PASS Latency: … [target]} and its detail line, for each id; then {@code Overall: PASS=n FAIL=n}.
     *
     * @param targetRows ids whose row the seed marks {@code [target]}
     */
    public static void matrix(List<String> out, Map<String, String> titles, List<String> targetRows, Outcomes outcomes) {
        out.add("10-Check Matrix:");
        int pass = 0;
        int fail = 0;
        int other = 0;
        for (Map.Entry<String, String> row : titles.entrySet()) {
            String id = row.getKey();
            String status = outcomes.statusLabel(id);
            pass += "PASS".equals(status) ? 1 : 0;
            fail += "FAIL".equals(status) ? 1 : 0;
            other += "PASS".equals(status) || "FAIL".equals(status) ? 0 : 1;
            out.add(String.format("  %s %-4s %s%s", id, status, row.getValue(), targetRows.contains(id) ? " [target]" : ""));
            String detail = outcomes.findings(id).detail();
            if (!detail.isEmpty()) {
                out.add("           " + detail);
            }
        }
        out.add("");
        // A partial or pending run must not read like a clean matrix: say how many rows are neither.
        out.add("Overall: PASS=" + pass + " FAIL=" + fail + (other == 0 ? "" : " NOT RUN/PENDING=" + other));
        out.add("");
    }

    /** Failed matrix checks ({@code - VAL25-06 FAIL: measured p99=612.5ms (target <= 500 ms)}). */
    public static void failures(List<String> out, Map<String, String> titles, Outcomes outcomes) {
        for (CheckOutcome outcome : outcomes.all()) {
            if (outcome.status() == CheckStatus.FAIL && titles.containsKey(outcome.id())) {
                Findings f = outcome.findings();
                out.add("  - " + outcome.id() + " FAIL: " + (f.detail().isEmpty() ? f.measured() : f.detail())
                        + (f.target().isEmpty() ? "" : " (target " + f.target() + ")"));
            }
        }
    }

    /**
     * {@code DESIGN PARTNER READY ✓}, {@code GA READY ✗ (NOT YET)}, each followed by its criteria marked ✓ or ✗.
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
                    : status == ReadinessStatus.NOT_YET ? "✗ (NOT YET)" : status == null ? "✗ (NOT RUN)" : "✗";
            out.add("  " + labels.get(i) + " " + mark);
            List<String> unmet = recorded.map(ReadinessResult::unmet).orElse(List.of());
            for (Criterion criterion : level.criteria()) {
                boolean met = recorded.isPresent() && !unmet.contains(criterion.description());
                out.add("    " + (met ? "✓ " : "✗ ") + criterion.description());
            }
        }
        out.add("");
    }
}

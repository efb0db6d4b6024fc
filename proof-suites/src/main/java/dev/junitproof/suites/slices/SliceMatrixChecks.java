package dev.junitproof.suites.slices;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.text.Numbers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matrix checks every slice-consolidating suite has: a slice found and all its checks passed, the evidence window,
 * a summary, and a row that is judged by the figure check it rests on ({@link #judgedBy}).
 */
public final class SliceMatrixChecks {

    private SliceMatrixChecks() {
    }

    /**
     * {@code VAL25-01 VAL07 latency report: all 9 checks passed}. The detail line reads
     * {@code val07 9/9 <countWord>} as the seed prints it ("checks passed" for VAL25, "checks" for VAL26).
     */
    public static CheckSpec sliceAllPass(String id, String title, SliceEvidence slice, String countWord) {
        SliceSpec spec = slice.spec();
        SourceRef source = SourceRef.of(spec.file(), "/checks");
        String lower = spec.val().toLowerCase();
        int expected = spec.expectedChecks();
        return new CheckSpec(id, title, source, check -> {
            check.source(source).target("report found, " + expected + " of " + expected + " checks passed");
            if (slice.status() == SliceStatus.MISSING) {
                check.measured("MISSING").detail(lower + " MISSING: " + slice.detail());
                throw new AssertionError(spec.val() + " report MISSING: " + slice.detail());
            }
            String counted = lower + " " + slice.passedChecks() + "/" + expected + " " + countWord;
            String why = slice.detailInWords();
            check.measured(slice.passedChecks() + " of " + expected + " checks passed")
                    .detail(why.isEmpty() ? counted : counted + " (" + why + ")");
            assertThat(slice.status()).as("%s report %s: %s", spec.val(), spec.file(), slice.detail())
                    .isEqualTo(SliceStatus.PASS);
        }).withCriterion(spec.val() + " report present, exactly " + expected
                + " uniquely numbered checks, every result PASS");
    }

    /** A summary check: passes when every check it depends on passed, naming the ones that did not. */
    public static CheckSpec summary(String id, String title, List<String> dependencies, String target) {
        return new CheckSpec(id, title, null, check -> {
            check.target(target);
            List<String> notPassed = new ArrayList<>();
            List<String> withStatus = new ArrayList<>();
            for (String dependency : dependencies) {
                CheckOutcome outcome = check.outcome(dependency);
                if (!outcome.passed()) {
                    notPassed.add(dependency);
                    withStatus.add(dependency + " " + outcome.status());
                }
            }
            // The report prints this detail beside the summary's own status: it names the checks, each of whose
            // status is its own row's, and repeats none (a copy could disagree with the row it copies).
            check.measured(notPassed.isEmpty() ? "all passed" : notPassed.size() + " not passed")
                    .detail(notPassed.isEmpty() ? "" : "not met: " + String.join(", ", notPassed));
            assertThat(withStatus).as("checks this summary depends on that did not pass").isEmpty();
        });
    }

    /**
     * Makes the running check a view of the figure check that judges the same figure (VAL25-06 of VAL07-p99): it
     * records that check's measurement, target and source, and fails, saying why, unless that check passed. The
     * figure is judged in one place only, so the matrix row and the figure's line can never disagree.
     */
    public static void judgedBy(CheckContext check, String figureCheckId) {
        CheckOutcome figure = check.outcome(figureCheckId);
        Findings f = figure.findings();
        if (f.measuredValue().isPresent()) {
            check.measured(f.measuredValue().get());
        } else {
            check.measured(f.measured());
        }
        if (f.targetValue().isPresent()) {
            check.target(f.targetValue().get());
        } else {
            check.target(f.target());
        }
        if (f.source() != null) {
            check.source(f.source());
        }
        if (!figure.passed()) {
            throw new AssertionError(figureCheckId + " " + figure.status() + ": " + figure.reason());
        }
    }

    /** The found reports' {@code generated_at} within the window (contract: max − min ≤ width). */
    public static CheckSpec window(String id, CoherenceWindow window, List<Instant> times, long found, int total) {
        String hours = window.width().toHours() + " hours";
        return new CheckSpec(id, "Evidence window: found reports' generated_at within " + hours, null, check -> {
            Duration spread = window.spread(times);
            check.target("max - min <= " + window.width().toHours() + "h").measured(Numbers.hms(spread))
                    .detail("spread=" + Numbers.hms(spread) + " across " + found + " of " + total + " reports");
            assertThat(spread).as("spread of generated_at over the found reports").isLessThanOrEqualTo(window.width());
        }).withCriterion("max(generated_at) - min(generated_at) <= " + hours + " over the reports found");
    }

    /** A slice's typed fields, or the check fails saying why the slice is MISSING. */
    public static <T> T required(Optional<T> typed, SliceEvidence slice, CheckContext check) {
        if (typed.isEmpty()) {
            check.measured("MISSING").detail(slice.spec().val().toLowerCase() + " MISSING: " + slice.detail());
            throw new AssertionError(slice.spec().val() + " report MISSING: " + slice.detail());
        }
        return typed.get();
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 24-hour shadow simulation (Phase E): completion, cycles, mismatches summed over every cycle, golden files.
 * While the run is in progress (no completion line, last cycle under {@code duration_h} after {@code started_at})
 * a count still short of its target is PENDING, never failed; what can no longer be undone (a mismatching
 * cycle, a broken log, a golden file that does not parse) fails at once.
 */
final class ShadowChecks {

    static final String COMPLETED = "M4-SH-01";
    static final String CYCLES = "M4-SH-02";
    static final String MISMATCHES = "M4-SH-03";
    static final String GOLDEN = "M4-SH-04";
    static final List<String> ALL = List.of(COMPLETED, CYCLES, MISMATCHES, GOLDEN);

    static final double MIN_DURATION_H = 24.0;

    private final M4Evidence evidence;

    ShadowChecks(M4Evidence evidence) {
        this.evidence = evidence;
    }

    CheckGroup group() {
        Thresholds t = evidence.thresholds();
        return CheckGroup.of("shadow", "24-Hour Shadow Simulation", SourceRef.file(M4Files.SHADOW_LOG), List.of(
                new CheckSpec(COMPLETED, "Shadow completed: completion line after >= 24 hours", SourceRef.file(M4Files.SHADOW_LOG),
                        this::completed)
                        .withCriterion("shadow.log ends with \"Shadow simulation complete\" at least duration_h (>= 24) after started_at"),
                new CheckSpec(CYCLES, "Total cycles " + t.cyclesTarget(), SourceRef.file(M4Files.SHADOW_LOG), this::cycles)
                        .withCriterion("\"Running cycle\" lines " + t.cyclesTarget() + ", numbered 1..N in order, each completed"),
                new CheckSpec(MISMATCHES, "Total mismatches = 0 over every cycle", SourceRef.file(M4Files.SHADOW_LOG),
                        this::mismatches)
                        .withCriterion("every \"Cycle N complete\" line reports 0 mismatches (summed over the whole log)"),
                new CheckSpec(GOLDEN, "Golden files created " + t.goldenTarget() + ", each parses",
                        SourceRef.file(M4Files.SHADOW), this::golden)
                        .withCriterion("shadow/golden/*.json " + t.goldenTarget() + ", each a JSON object, one per workflow")));
    }

    private ShadowRun run(CheckContext check) {
        Required.present(evidence.shadow(), check);
        Required.present(evidence.log(), check);
        return evidence.shadowRun().orElseThrow();
    }

    private void completed(CheckContext check) {
        check.source(SourceRef.file(M4Files.SHADOW_LOG)).target("completion line, >= 24 h after started_at");
        ShadowRun run = run(check);
        ShadowLog log = run.log();
        Duration elapsed = run.elapsed();
        check.measured(log.hasCompletionLine() ? "Found after " + Fmt.span(elapsed) : "Not found")
                .detail(run.state() + " after " + Fmt.span(elapsed) + " of " + Fmt.number(run.parameters().durationH()) + " h");
        assertThat(run.parameters().durationH()).as("%s /duration_h", M4Files.SHADOW).isGreaterThanOrEqualTo(MIN_DURATION_H);
        if (run.inProgress()) {
            check.pending("shadow run in progress: no completion line yet, last cycle " + Fmt.span(elapsed)
                    + " after started_at of duration_h=" + Fmt.number(run.parameters().durationH()));
        }
        assertThat(log.hasCompletionLine())
                .as("\"Shadow simulation complete\" in %s: the last cycle is %s after started_at, past duration_h=%s, "
                        + "yet the run never completed", M4Files.SHADOW_LOG, Fmt.span(elapsed),
                        Fmt.number(run.parameters().durationH()))
                .isTrue();
        assertThat(elapsed).as("completion line time - %s /started_at (duration_h=%s)", M4Files.SHADOW,
                Fmt.number(run.parameters().durationH())).isGreaterThanOrEqualTo(run.planned());
    }

    private void cycles(CheckContext check) {
        Thresholds t = evidence.thresholds();
        check.source(SourceRef.file(M4Files.SHADOW_LOG)).target(t.cyclesTarget() + (t.lowered() ? " (lowered threshold)" : ""));
        ShadowRun run = run(check);
        ShadowLog log = run.log();
        check.measured(Fmt.count(log.cyclesStarted()) + " cycles")
                .detail(log.cyclesStarted() + " cycles started, " + log.cyclesCompleted() + " completed"
                        + (log.problemCount() == 0 ? "" : "; " + log.problemCount() + " log problems: " + String.join("; ", log.problems())));
        assertThat(log.problems()).as("lines of %s that break the cycle order or the contract's form (%d in all)",
                M4Files.SHADOW_LOG, log.problemCount()).isEmpty();
        if (log.cyclesStarted() < t.minCycles() && run.inProgress()) {
            check.pending("shadow run in progress: " + log.cyclesStarted() + " cycles so far, target " + t.cyclesTarget());
        }
        assertThat(log.cyclesStarted()).as("\"Running cycle\" lines in %s", M4Files.SHADOW_LOG)
                .isGreaterThanOrEqualTo(t.minCycles());
        if (!run.inProgress()) {
            assertThat(log.cyclesCompleted()).as("\"Cycle N complete\" lines in %s vs %d cycles started",
                    M4Files.SHADOW_LOG, log.cyclesStarted()).isEqualTo(log.cyclesStarted());
        }
    }

    private void mismatches(CheckContext check) {
        check.source(SourceRef.file(M4Files.SHADOW_LOG)).target("0");
        ShadowRun run = run(check);
        ShadowLog log = run.log();
        check.measured(String.valueOf(log.mismatches()))
                .detail(log.mismatches() + " mismatches over " + log.cyclesCompleted() + " completed cycles"
                        + (log.mismatchingCount() == 0 ? "" : "; cycles " + numbers(log)));
        assertThat(log.mismatches())
                .as("mismatches summed over every \"Cycle N complete\" line of %s (%d cycles reported mismatches: %s)",
                        M4Files.SHADOW_LOG, log.mismatchingCount(), numbers(log))
                .isZero();
        if (run.inProgress()) {
            check.pending("shadow run in progress: 0 mismatches so far over " + log.cyclesCompleted() + " cycles");
        }
        assertThat(log.cyclesCompleted()).as("completed cycles in %s", M4Files.SHADOW_LOG).isPositive();
    }

    private static String numbers(ShadowLog log) {
        String listed = String.join(", ", log.mismatchingCycles().stream().map(String::valueOf).toList());
        return log.mismatchingCount() > log.mismatchingCycles().size() ? listed + ", ..." : listed;
    }

    private void golden(CheckContext check) {
        Thresholds t = evidence.thresholds();
        check.source(SourceRef.file(M4Files.SHADOW)).target(t.goldenTarget() + (t.lowered() ? " (lowered threshold)" : ""));
        ShadowRun run = run(check);
        GoldenFiles golden = run.golden();
        check.measured(Fmt.count(golden.count()) + " golden files")
                .detail(golden.count() + " golden files, " + golden.parsed() + " parse"
                        + (golden.failureCount() == 0 ? "" : "; unreadable: " + String.join("; ", golden.failures())));
        assertThat(golden.failures()).as("golden files in %s/ that do not parse (%d in all)", GoldenFiles.DIRECTORY,
                golden.failureCount()).isEmpty();
        if (golden.count() < t.minGoldenFiles() && run.inProgress()) {
            check.pending("shadow run in progress: " + golden.count() + " golden files so far, target " + t.goldenTarget());
        }
        assertThat(golden.count()).as("*.json files in %s/", GoldenFiles.DIRECTORY).isGreaterThanOrEqualTo(t.minGoldenFiles());
        if (!run.inProgress()) {
            // One golden file per workflow (contract): a count that disagrees with the log is not the same run.
            assertThat(golden.count()).as("golden files in %s/ vs workflows summed over %s", GoldenFiles.DIRECTORY,
                    M4Files.SHADOW_LOG).isEqualTo(run.log().workflows());
        }
    }
}

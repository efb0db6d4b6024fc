package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.text.Numbers;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 24-hour shadow simulation (Phase E): completion, then one check per figure the seed targets (cycles,
 * mismatches summed over every cycle, golden files, the planned duration), the log's integrity (its form, order,
 * times and run id) and the golden files' (each parses, one per workflow). While the run is in progress (no
 * completion line, last cycle under {@code duration_h} after {@code started_at}) a count still short of its target
 * is PENDING, never failed; what can no longer be undone (a mismatching cycle, a broken log, a golden file that
 * does not parse) fails at once. Shadow evidence that is absent or unreadable fails every check.
 */
final class ShadowChecks {

    static final String COMPLETED = "M4-SH-01";
    static final String CYCLES = "M4-SH-02";
    static final String MISMATCHES = "M4-SH-03";
    static final String GOLDEN = "M4-SH-04";
    static final String LOG_INTACT = "M4-SH-05";
    static final String GOLDEN_INTACT = "M4-SH-06";
    static final String DURATION = "M4-SH-07";
    static final List<String> ALL = List.of(COMPLETED, CYCLES, MISMATCHES, GOLDEN, LOG_INTACT, GOLDEN_INTACT, DURATION);

    private static final SourceRef LOG = SourceRef.file(M4Files.SHADOW_LOG);

    private final M4Evidence evidence;

    ShadowChecks(M4Evidence evidence) {
        this.evidence = evidence;
    }

    CheckGroup group() {
        M4Targets t = evidence.targets();
        return CheckGroup.of("shadow", "24-Hour Shadow Simulation", LOG, List.of(
                new CheckSpec(COMPLETED, "Shadow completed: completion line at least duration_h after started_at", LOG,
                        this::completed)
                        .withCriterion("shadow.log ends with \"Shadow simulation complete\" at least duration_h after started_at"),
                new CheckSpec(CYCLES, "Total cycles " + t.cycles().text(), LOG, this::cycles)
                        .withCriterion("\"Running cycle\" lines " + t.cycles().text() + lowered(t)),
                new CheckSpec(MISMATCHES, "Total mismatches " + M4Targets.SHADOW_MISMATCHES.text() + " over every cycle", LOG,
                        this::mismatches)
                        .withCriterion("mismatches summed over every \"Cycle N complete\" line " + M4Targets.SHADOW_MISMATCHES.text()),
                new CheckSpec(GOLDEN, "Golden files created " + t.goldenFiles().text(), SourceRef.file(GoldenFiles.DIRECTORY),
                        this::golden)
                        .withCriterion("shadow/golden/*.json " + t.goldenFiles().text() + lowered(t)),
                new CheckSpec(LOG_INTACT, "Shadow log: every line in form and order, within the run, of this run", LOG,
                        this::logIntact)
                        .withCriterion("cycles numbered 1..N, each completed; times never backwards, none before started_at, "
                                + "no cycle begun at or after started_at + duration_h; every run id named is shadow.json's"),
                new CheckSpec(GOLDEN_INTACT, "Golden files: each parses, one per workflow", SourceRef.file(GoldenFiles.DIRECTORY),
                        this::goldenIntact)
                        .withCriterion("every shadow/golden/*.json is a JSON object; as many as the workflows the log sums"),
                new CheckSpec(DURATION, "Planned duration " + M4Targets.SHADOW_DURATION.text(),
                        SourceRef.of(M4Files.SHADOW, "/duration_h"), this::duration)
                        .withCriterion("shadow.json /duration_h " + M4Targets.SHADOW_DURATION.text())));
    }

    private static String lowered(M4Targets t) {
        return t.lowered() ? " (lowered threshold)" : "";
    }

    private ShadowRun run(CheckContext check) {
        Required.present(evidence.shadow(), check);
        Required.present(evidence.log(), check);
        return evidence.shadowRun().orElseThrow();
    }

    private void completed(CheckContext check) {
        check.source(LOG).target("completion line, >= duration_h after started_at");
        ShadowRun run = run(check);
        ShadowLog log = run.log();
        Duration elapsed = run.elapsed();
        String planned = Numbers.plain(run.parameters().durationH());
        check.measured(log.hasCompletionLine() ? "found after " + Numbers.span(elapsed) : "not found")
                .detail(run.state() + " after " + Numbers.span(elapsed) + " of " + planned + " h");
        if (run.inProgress()) {
            check.pending("shadow run in progress: no completion line yet, last cycle " + Numbers.span(elapsed)
                    + " after started_at of duration_h=" + planned);
        }
        assertThat(log.hasCompletionLine())
                .as("\"Shadow simulation complete\" in %s: the last cycle is %s after started_at, past duration_h=%s, "
                        + "yet the run never completed", M4Files.SHADOW_LOG, Numbers.span(elapsed), planned)
                .isTrue();
        assertThat(elapsed).as("completion line time - %s /started_at (duration_h=%s)", M4Files.SHADOW, planned)
                .isGreaterThanOrEqualTo(run.planned());
    }

    private void cycles(CheckContext check) {
        M4Targets t = evidence.targets();
        check.source(LOG).target(t.cycles());
        ShadowRun run = run(check);
        long cycles = run.log().cyclesStarted();
        Measurement measured = M4Targets.counted(cycles);
        check.measured(measured).detail(cycles + " cycles started, " + run.log().cyclesCompleted() + " completed" + lowered(t));
        if (!t.cycles().accepts(measured) && run.inProgress()) {
            check.pending("shadow run in progress: " + cycles + " cycles so far, target " + t.cycles().text());
        }
        check.meets("\"Running cycle\" lines in " + M4Files.SHADOW_LOG, measured, t.cycles(), LOG);
    }

    private void mismatches(CheckContext check) {
        check.source(LOG).target(M4Targets.SHADOW_MISMATCHES);
        ShadowRun run = run(check);
        ShadowLog log = run.log();
        check.detail(log.mismatches() + " mismatches over " + log.cyclesCompleted() + " completed cycles"
                + (log.mismatchingCount() == 0 ? "" : "; cycles " + numbers(log)));
        // A mismatch cannot be undone: it fails at once, in progress or not.
        check.meets("mismatches summed over every \"Cycle N complete\" line of " + M4Files.SHADOW_LOG + " ("
                        + log.mismatchingCount() + " cycles reported mismatches" + (log.mismatchingCount() == 0 ? "" : ": " + numbers(log)) + ")",
                M4Targets.counted(log.mismatches()), M4Targets.SHADOW_MISMATCHES, LOG);
        if (run.inProgress()) {
            check.pending("shadow run in progress: 0 mismatches so far over " + log.cyclesCompleted() + " cycles");
        }
    }

    private static String numbers(ShadowLog log) {
        String listed = String.join(", ", log.mismatchingCycles().stream().map(String::valueOf).toList());
        return log.mismatchingCount() > log.mismatchingCycles().size() ? listed + ", ..." : listed;
    }

    private void golden(CheckContext check) {
        M4Targets t = evidence.targets();
        SourceRef source = SourceRef.file(GoldenFiles.DIRECTORY);
        check.source(source).target(t.goldenFiles());
        ShadowRun run = run(check);
        Measurement measured = M4Targets.counted(run.golden().count());
        check.measured(measured).detail(run.golden().count() + " golden files" + lowered(t));
        if (!t.goldenFiles().accepts(measured) && run.inProgress()) {
            check.pending("shadow run in progress: " + run.golden().count() + " golden files so far, target "
                    + t.goldenFiles().text());
        }
        check.meets("*.json files in " + GoldenFiles.DIRECTORY + "/", measured, t.goldenFiles(), source);
    }

    private void logIntact(CheckContext check) {
        check.source(LOG).target("no line out of form, order, time or run");
        ShadowRun run = run(check);
        ShadowLog log = run.log();
        check.measured(log.problemCount() + " problem lines")
                .detail(log.lines() + " lines, " + log.cyclesStarted() + " cycles started, " + log.cyclesCompleted() + " completed");
        if (log.problemCount() > 0) {
            throw new AssertionError(M4Files.SHADOW_LOG + ": " + log.problemCount() + " line"
                    + (log.problemCount() == 1 ? "" : "s") + " out of form, order, time or run: "
                    + String.join("; ", log.problems()) + (log.problemCount() > log.problems().size() ? "; ..." : ""));
        }
        if (!run.inProgress()) {
            // A finished run whose last cycle never completed lost that cycle's figures.
            assertThat(log.cyclesCompleted()).as("\"Cycle N complete\" lines in %s vs %d cycles started",
                    M4Files.SHADOW_LOG, log.cyclesStarted()).isEqualTo(log.cyclesStarted());
        }
    }

    private void goldenIntact(CheckContext check) {
        check.source(SourceRef.file(GoldenFiles.DIRECTORY)).target("each parses, one per workflow");
        ShadowRun run = run(check);
        GoldenFiles golden = run.golden();
        check.measured(golden.parsed() + "/" + golden.count() + " parse")
                .detail(golden.count() + " golden files, " + golden.parsed() + " parse, " + run.log().workflows()
                        + " workflows" + (golden.ignored().isEmpty() ? "" : "; not golden files (not *.json): "
                        + String.join(", ", golden.ignored())));
        if (golden.failureCount() > 0) {
            throw new AssertionError(golden.failureCount() + " golden file" + (golden.failureCount() == 1 ? "" : "s")
                    + " in " + GoldenFiles.DIRECTORY + "/ that do not parse: " + String.join("; ", golden.failures())
                    + (golden.failureCount() > golden.failures().size() ? "; ..." : ""));
        }
        if (!run.inProgress()) {
            // One golden file per workflow (contract): a count that disagrees with the log is not the same run.
            assertThat(golden.count()).as("golden files in %s/ vs workflows summed over %s", GoldenFiles.DIRECTORY,
                    M4Files.SHADOW_LOG).isEqualTo(run.log().workflows());
        }
    }

    private void duration(CheckContext check) {
        SourceRef source = SourceRef.of(M4Files.SHADOW, "/duration_h");
        check.source(source).target(M4Targets.SHADOW_DURATION);
        ShadowParameters p = Required.present(evidence.shadow(), check);
        check.detail("duration_h=" + Numbers.plain(p.durationH()));
        check.meets("planned duration", Measurement.of(p.durationH(), M4Targets.HOURS, Digits.INTEGER),
                M4Targets.SHADOW_DURATION, source);
    }
}

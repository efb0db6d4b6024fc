package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Aggregates the recorded outcomes of every proof suite run into readiness verdicts and the canonical proof
 * report files: {@code <proof.output.dir>/<evidence dir>/<report>.txt} and {@code .json}, atomically. A run's
 * files are written as soon as the run has finished, while later runs execute; the reports are printed when the
 * test plan finishes, in the runs' order. Registered through {@code META-INF/services}, so Maven, IDEs and the console
 * launcher all write reports without extra wiring. A filtered run (not every check ran) writes a report that
 * says "partial run" and claims no verdict.
 */
public final class ProofReportListener implements TestExecutionListener {

    static final String DEFAULT_OUTPUT_DIR = "target/proof-reports";
    /** Fewer extra files than this are written one after another; the time is in forcing each to disk. */
    private static final int MANY_FILES = 16;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, RecordedRun> runs = new ConcurrentHashMap<>();
    private final List<String> tokens = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<String, String>> checkEntries = new ConcurrentHashMap<>();
    /** Suite run containers by unique id, with their run's token: when one finishes, its reports can be written. */
    private final Map<String, String> runContainers = new ConcurrentHashMap<>();
    /** Reports being written, by run token. */
    private final Map<String, Future<Written>> writing = new ConcurrentHashMap<>();
    private volatile ConfigurationParameters parameters;
    private ExecutorService writers;

    public ProofReportListener() {
        this(System.out, System.err);
    }

    ProofReportListener(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        parameters = testPlan.getConfigurationParameters();
    }

    @Override
    public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        Map<String, String> values = entry.getKeyValuePairs();
        String token = values.get(ReportKeys.RUN);
        if (token == null) {
            return;
        }
        if (values.containsKey(ReportKeys.CHECK)) {
            checkEntries.put(identifier.getUniqueId(), values);
        } else if (values.containsKey(ReportKeys.LEVEL)) {
            run(token).level(values);
        } else if (values.containsKey(ReportKeys.SUITE)) {
            run(token);
            tokens.add(token);
            runContainers.put(identifier.getUniqueId(), token);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Map<String, String> values = checkEntries.remove(identifier.getUniqueId());
        if (values != null) {
            run(values.get(ReportKeys.RUN)).check(values, result);
        }
        String token = runContainers.remove(identifier.getUniqueId());
        if (token != null) {
            // Every check and level of the run has finished: its reports (and charts, the slow part) are written
            // while the next runs execute, not all at the end.
            CompletedRuns.take(token).ifPresent(run -> {
                RecordedRun recorded = runs.get(token);
                writing.put(token, writers().submit(() -> writeReports(run, recorded)));
            });
        }
    }

    private synchronized ExecutorService writers() {
        if (writers == null) {
            writers = ReportWriters.pool(Integer.MAX_VALUE);
        }
        return writers;
    }

    private synchronized void closeWriters() {
        if (writers != null) {
            writers.shutdown();
            writers = null;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<String> finished;
        synchronized (tokens) {
            finished = List.copyOf(tokens);
            tokens.clear();
        }
        List<Future<Written>> written = new ArrayList<>();
        for (String token : finished) {
            RecordedRun recorded = runs.remove(token);
            Future<Written> started = writing.remove(token);
            if (started != null) {
                written.add(started);
            } else {
                // A run whose container's end was not seen (a listener added mid-run): written now.
                CompletedRuns.take(token).ifPresent(run -> written.add(writers().submit(() -> writeReports(run, recorded))));
            }
        }
        runContainers.clear();
        try {
            // What is printed follows the runs' order whatever order the writers finish in.
            for (Future<Written> future : written) {
                ReportWriters.get(future).printTo(out, err);
            }
        } finally {
            closeWriters();
        }
    }

    private RecordedRun run(String token) {
        return runs.computeIfAbsent(token, t -> new RecordedRun());
    }

    /**
     * What one run's writing has to say, printed once every run is written so the output keeps the runs' order:
     * the text report (when printing is on) and the warnings and errors (charts skipped, a report not written).
     */
    record Written(String printed, String problems) {

        void printTo(PrintStream out, PrintStream err) {
            if (printed != null) {
                out.print(printed);
                out.flush();
            }
            if (!problems.isEmpty()) {
                err.print(problems);
                err.flush();
            }
        }
    }

    private Written writeReports(CompletedRun run, RecordedRun recorded) {
        ByteArrayOutputStream problemText = new ByteArrayOutputStream();
        PrintStream problems = new PrintStream(problemText, true, StandardCharsets.UTF_8);
        String printed = writeReports(run, recorded, problems);
        return new Written(printed, problemText.toString(StandardCharsets.UTF_8));
    }

    /** Writes one run's files; returns the text to print, or null; says what went wrong on {@code problems}. */
    private String writeReports(CompletedRun run, RecordedRun recorded, PrintStream problems) {
        ProofConfiguration configuration = new ProofConfiguration(parameters);
        Path dir = Path.of(configuration.get(ProofConfiguration.OUTPUT_DIR).orElse(DEFAULT_OUTPUT_DIR))
                .resolve(run.unit().getFileName().toString());
        try {
            ProofResult result = result(run, recorded, configuration);
            String text = text(run.proof(), result);
            ObjectNode json = ProofReportJson.build(run, result);
            run.proof().addJson(json, result);
            AtomicFiles.write(dir.resolve(run.proof().reportName() + ".txt"), text);
            AtomicFiles.write(dir.resolve(run.proof().reportName() + ".json"), out -> ProofReportJson.write(json, out));
            AtomicFiles.write(dir.resolve(run.proof().reportName() + ".md"),
                    MarkdownSummary.render(run, result, ProofReportJson.titles(run.proof().plan())));
            writeAll(run.proof().extraFiles(result).stream()
                    .map(extra -> new PendingFile(inside(dir, extra.name()), withFinalNewline(extra.content()))).toList());
            writeAll(run.proof().evidenceFiles(result).stream()
                    .map(back -> new PendingFile(inside(run.unit(), back.name()), withFinalNewline(back.content()))).toList());
            dev.junitproof.engine.attest.Attestations.afterReports(dir.resolve(run.proof().reportName() + ".json"), configuration);
            writeCharts(run, result, dir, problems);
            if (configuration.get(ProofConfiguration.PRINT_REPORTS).map(Boolean::parseBoolean).orElse(true)) {
                return text + "(written to " + dir.resolve(run.proof().reportName() + ".txt") + " and .json)"
                        + System.lineSeparator();
            }
        } catch (IOException e) {
            problems.println("[proof] " + run.suite().id() + " report not written to " + dir + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            problems.println("[proof] " + run.suite().id() + " report could not be rendered for " + run.unit() + ": " + e);
        }
        return null;
    }

    /** A file to write and what goes in it. */
    private record PendingFile(Path target, String content) {
    }

    /**
     * Writes a suite's extra files (a year-long soak has 365 daily documents), by several writers when there are
     * many: each is forced to disk before it replaces the old one, and the file system commits concurrent ones
     * together. The first failure, in the files' order, is rethrown once all are done.
     */
    private static void writeAll(List<PendingFile> files) throws IOException {
        List<java.util.concurrent.Callable<Optional<IOException>>> writes = files.stream()
                .<java.util.concurrent.Callable<Optional<IOException>>>map(file -> () -> {
                    try {
                        AtomicFiles.write(file.target(), file.content());
                        return Optional.empty();
                    } catch (IOException e) {
                        return Optional.of(e);
                    }
                }).toList();
        List<Optional<IOException>> failures = files.size() < MANY_FILES
                ? writes.stream().map(ReportWriters::call).toList()
                : ReportWriters.runAll(writes);
        for (Optional<IOException> failure : failures) {
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
    }

    /** Charts last, each on its own: one that cannot be drawn or written costs that chart, never a report. */
    private void writeCharts(CompletedRun run, ProofResult result, Path dir, PrintStream problems) {
        for (BinaryReportFile chart : SuiteCharts.of(run.suite().id(), run.proof(), result, problems)) {
            try {
                AtomicFiles.write(inside(dir, chart.name()), chart.content());
            } catch (IOException | RuntimeException e) {
                problems.println("[proof] " + run.suite().id() + " chart " + chart.name() + " not written to " + dir + ": " + e);
            }
        }
    }

    private ProofResult result(CompletedRun run, RecordedRun recorded, ProofConfiguration configuration) {
        RecordedRun record = recorded == null ? new RecordedRun() : recorded;
        List<CheckOutcome> outcomes = record.outcomes(run.plannedChecks());
        List<ReadinessResult> levels = record.levels(run.plannedLevels());
        boolean partial = run.filtered() || outcomes.size() < run.plannedChecks().size()
                || levels.size() < run.plannedLevels().size();
        RecordedOutcomes recordedOutcomes = new RecordedOutcomes(outcomes);
        Optional<String> verdict = partial ? Optional.empty()
                : Optional.of(run.proof().verdict(recordedOutcomes, levels));
        Instant generatedAt = ProofClock.read(configuration::get, System.getenv()).instant();
        return new ProofResult(generatedAt, displayPath(run.unit()), recordedOutcomes, levels, verdict,
                outcomes.size(), run.plannedChecks().size(), run.evidence());
    }

    /** The evidence directory as the report prints it: relative to the working directory when inside it. */
    static String displayPath(Path unit) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = unit.toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }

    /** A suite-named file under a directory; a name that climbs out of it is a suite bug, refused. */
    static Path inside(Path dir, String name) {
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(dir.normalize()) || target.equals(dir.normalize())) {
            throw new IllegalArgumentException("report file " + name + " would be written outside " + dir);
        }
        return target;
    }

    /** The text report exactly as written: also what readiness tests attach while the run is still going. */
    static String text(dev.junitproof.api.suite.SuiteProof proof, ProofResult result) {
        return withFinalNewline(proof.renderText(result));
    }

    private static String withFinalNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}

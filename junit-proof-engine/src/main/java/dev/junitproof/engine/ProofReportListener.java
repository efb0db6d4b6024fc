package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.engine.attest.Attestations;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates each proof suite run into the canonical proof report files:
 * {@code <proof.output.dir>/<evidence dir>/<report>.txt}, {@code .json}, {@code .md} (and the envelope when signing
 * is configured), replaced as one set: every file of the set is written and forced first, then all are moved into
 * place, so a failure keeps the previous set whole. Registered through {@code META-INF/services}, so Maven, IDEs and
 * the console launcher all write reports without extra wiring.
 *
 * <p>The engine hands each finished run over typed, through {@link RunChannel}: the listener attaches when it sees
 * the run's start entry and writes when the engine delivers the run, on the engine's thread; what it could not
 * write goes back to the engine, which fails the run, so a missing report is never a green build. The text
 * reports are printed when the test plan finishes, in the runs' order. A partial run (an IDE rerun of some checks)
 * writes {@code <report>-partial.*} beside the full run's reports and never replaces them.
 */
public final class ProofReportListener implements TestExecutionListener {

    static final String DEFAULT_OUTPUT_DIR = "target/proof-reports";
    /** The suffix of a partial run's report files: they sit beside the full run's, never over them. */
    static final String PARTIAL_SUFFIX = "-partial";
    /** Fewer extra files than this are written one after another; the time is in forcing each to disk. */
    private static final int MANY_FILES = 16;

    private final PrintStream out;
    private final PrintStream err;
    /** What each run's writing had to say, by token, in the order the runs started. */
    private final Map<String, Optional<Written>> runs = new LinkedHashMap<>();
    private volatile ConfigurationParameters parameters;

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
        if (token != null && values.containsKey(ReportKeys.SUITE)) {
            synchronized (runs) {
                runs.put(token, Optional.empty());
            }
            RunChannel.attach(token, run -> completed(token, run));
        }
    }

    private List<String> completed(String token, CompletedRun run) {
        Written written = write(run);
        synchronized (runs) {
            runs.put(token, Optional.of(written));
        }
        return written.failures();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<Optional<Written>> finished;
        synchronized (runs) {
            finished = new ArrayList<>(runs.values());
            runs.clear();
        }
        // What is printed follows the runs' order, whatever order they finished in.
        finished.forEach(written -> written.ifPresent(w -> w.printTo(out, err)));
    }

    /**
     * What one run's writing has to say, printed once every run is done: the text report (when printing is on),
     * warnings (a chart skipped) and failures (a report not written), which also fail the run.
     */
    record Written(String printed, String warnings, List<String> failures) {

        Written {
            failures = List.copyOf(failures);
        }

        void printTo(PrintStream out, PrintStream err) {
            if (printed != null) {
                out.print(printed);
                out.flush();
            }
            StringBuilder problems = new StringBuilder(warnings);
            failures.forEach(f -> problems.append("[proof] ").append(f).append(System.lineSeparator()));
            if (problems.length() > 0) {
                err.print(problems);
                err.flush();
            }
        }
    }

    Written write(CompletedRun run) {
        ByteArrayOutputStream warningText = new ByteArrayOutputStream();
        PrintStream warnings = new PrintStream(warningText, true, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        String printed = write(run, warnings, failures);
        return new Written(printed, warningText.toString(StandardCharsets.UTF_8), failures);
    }

    /** Writes one run's files; returns the text to print, or null; collects what could not be written. */
    private String write(CompletedRun run, PrintStream warnings, List<String> failures) {
        ProofConfiguration configuration = new ProofConfiguration(parameters);
        Path dir = Path.of(configuration.get(ProofConfiguration.OUTPUT_DIR).orElse(DEFAULT_OUTPUT_DIR))
                .resolve(run.unitName());
        String suite = run.suite().id();
        ProofResult result;
        String text;
        ReportSet set;
        try {
            result = run.result().result();
            text = run.result().text();
            ObjectNode json = ProofReportJson.build(run.suite(), run.proof(), run.plan(), result);
            run.proof().addJson(json, result);
            String base = run.proof().reportName() + (result.partial() ? PARTIAL_SUFFIX : "");
            set = ReportSet.of(dir, base, text, json, MarkdownSummary.render(run.suite().title(), run.plan(), result));
            set = set.signed(Attestations.envelope(base, set.json(), set.text(), set.markdown(), configuration));
        } catch (IOException | RuntimeException e) {
            failures.add(suite + " report for " + run.unitName() + " could not be made: " + e);
            return null;
        }
        try {
            set.write();
        } catch (IOException e) {
            failures.add(suite + " reports not written to " + dir + " (" + String.join(", ", set.names())
                    + "; the previous reports, if any, are kept): " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
        if (!result.partial()) {
            // A partial run's extra files and write-back would replace a full run's: it writes only its own set.
            try {
                writeAll(failures, suite, run.proof().extraFiles(result).stream()
                        .map(extra -> new PendingFile(inside(dir, extra.name()), withFinalNewline(extra.content()))).toList());
                writeAll(failures, suite, run.proof().evidenceFiles(result).stream()
                        .map(back -> new PendingFile(inside(run.unit(), back.name()), withFinalNewline(back.content()))).toList());
            } catch (RuntimeException e) {
                failures.add(suite + " extra report files for " + run.unitName() + " not written: " + e);
            }
            writeCharts(run, dir, warnings);
        }
        if (configuration.get(ProofConfiguration.PRINT_REPORTS).map(Boolean::parseBoolean).orElse(true)) {
            return text + "(written to " + dir.resolve(set.base() + ".txt") + " and .json)" + System.lineSeparator();
        }
        return null;
    }

    /** A file to write and what goes in it. */
    private record PendingFile(Path target, String content) {
    }

    /**
     * Writes a suite's extra files (a year-long soak has 365 daily documents), by several writers when there are
     * many: each is forced to disk before it replaces the old one, and the file system commits concurrent ones
     * together. Every file that could not be written is named.
     */
    private static void writeAll(List<String> failures, String suite, List<PendingFile> files) {
        List<java.util.concurrent.Callable<Optional<String>>> writes = files.stream()
                .<java.util.concurrent.Callable<Optional<String>>>map(file -> () -> {
                    try {
                        AtomicFiles.write(file.target(), file.content());
                        return Optional.empty();
                    } catch (IOException e) {
                        return Optional.of(suite + " report file " + file.target() + " not written: "
                                + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }).toList();
        List<Optional<String>> results = files.size() < MANY_FILES
                ? writes.stream().map(ReportWriters::call).toList()
                : ReportWriters.runAll(writes);
        results.forEach(r -> r.ifPresent(failures::add));
    }

    /** Charts last, each on its own: a chart is a picture of the proof, never part of it, so it only warns. */
    private static void writeCharts(CompletedRun run, Path dir, PrintStream warnings) {
        for (BinaryReportFile chart : run.result().charts(warnings)) {
            try {
                AtomicFiles.write(inside(dir, chart.name()), chart.content());
            } catch (IOException | RuntimeException e) {
                warnings.println("[proof] " + run.suite().id() + " chart " + chart.name() + " not written to " + dir + ": " + e);
            }
        }
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

    static String withFinalNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}

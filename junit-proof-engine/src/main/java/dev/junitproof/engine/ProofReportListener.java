package dev.junitproof.engine;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.apiguardian.api.API.Status.INTERNAL;

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
@API(status = INTERNAL, since = "0.1")
public final class ProofReportListener implements TestExecutionListener {

    static final String DEFAULT_OUTPUT_DIR = "target/proof-reports";
    /** The suffix of a partial run's report files: they sit beside the full run's, never over them. */
    static final String PARTIAL_SUFFIX = "-partial";

    private final PrintStream out;
    private final PrintStream err;
    /** What each run's writing had to say, by token, in the order the runs started. */
    private final Map<String, Optional<ReportWriting.Written>> runs = new LinkedHashMap<>();
    private final Consumer<RunReport> reports;
    private volatile ConfigurationParameters parameters;

    public ProofReportListener() {
        this(System.out, System.err);
    }

    ProofReportListener(PrintStream out, PrintStream err) {
        this(out, err, report -> { });
    }

    private ProofReportListener(PrintStream out, PrintStream err, Consumer<RunReport> reports) {
        this.out = out;
        this.err = err;
        this.reports = reports;
    }

    /**
     * A listener for a caller in the same JVM that shows results its own way (the command line): it writes the
     * same files, prints nothing, and hands each run's {@link RunReport} to {@code reports} as it is written.
     */
    public static ProofReportListener reportingTo(Consumer<RunReport> reports) {
        PrintStream silent = new PrintStream(java.io.OutputStream.nullOutputStream());
        return new ProofReportListener(silent, silent, reports);
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
        ReportWriting.Written written = new ReportWriting(new ProofConfiguration(parameters)).write(run);
        synchronized (runs) {
            runs.put(token, Optional.of(written));
        }
        reports.accept(new RunReport(run.suite().id(), run.suite().title(), run.unitName(), run.result().result(),
                run.plan().titles(), written.textReport(), written.failures(), written.warnings()));
        return written.failures();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<Optional<ReportWriting.Written>> finished;
        synchronized (runs) {
            finished = new ArrayList<>(runs.values());
            runs.clear();
        }
        // What is printed follows the runs' order, whatever order they finished in.
        finished.forEach(written -> written.ifPresent(w -> w.printTo(out, err)));
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

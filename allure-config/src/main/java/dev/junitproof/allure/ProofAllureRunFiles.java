package dev.junitproof.allure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.engine.ProofClock;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Writes what Allure shows about the run as a whole into its results directory when the test plan finishes:
 * {@code environment.properties} (suites, evidence directories, clock, and each suite report's environment lines
 * such as {@code VAL25.Backend} and {@code VAL25.Topology}), {@code executor.json} and
 * {@code categories.json}. Registered as a launcher listener through {@code META-INF/services}; writes nothing
 * for a run without proof suites, or when Allure is not on the class path.
 *
 * <p>A suite run is recognised by the tree every proof run has: a container of the {@code proof} engine whose
 * last unique-id segment is {@code [suite:<id>]}, named by the suite's title, with the evidence unit as its own
 * {@link DirectorySource} or, under an anchor class (where the suite run's source names its Surefire report), as
 * its parent's.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProofAllureRunFiles implements TestExecutionListener {

    static final String ENVIRONMENT = "environment.properties";
    static final String EXECUTOR = "executor.json";
    static final String CATEGORIES = "categories.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Suite runs of this plan: unique id to what the files say about it. */
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    /** Each suite run's report environment lines (label to value, in report order), by the run's unique id. */
    private final Map<String, Map<String, String>> environments = new ConcurrentHashMap<>();
    private final PrintStream err;
    private volatile ConfigurationParameters parameters;
    private volatile TestPlan plan;

    record Run(String suiteId, String suiteTitle, Path evidence, Map<String, String> environment) {

        Run {
            environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        }
    }

    public ProofAllureRunFiles() {
        this(System.err);
    }

    ProofAllureRunFiles(PrintStream err) {
        this.err = err;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        parameters = testPlan.getConfigurationParameters();
        plan = testPlan;
        runs.clear();
        environments.clear();
    }

    /** The engine publishes a suite's report environment lines ({@code proof.environment.<label>}) on its run. */
    @Override
    public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        if (!isSuiteRun(identifier)) {
            return;
        }
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.startsWith(SuiteProof.ENVIRONMENT_KEY_PREFIX)) {
                environments.computeIfAbsent(identifier.getUniqueId(), id -> java.util.Collections.synchronizedMap(
                        new java.util.LinkedHashMap<>())).put(key.substring(SuiteProof.ENVIRONMENT_KEY_PREFIX.length()), value);
            }
        });
    }

    private static boolean isSuiteRun(TestIdentifier identifier) {
        UniqueId id = identifier.getUniqueIdObject();
        boolean proofEngine = id.getEngineId().map("proof"::equals).orElse(false);
        return proofEngine && identifier.isContainer() && "suite".equals(id.getLastSegment().getType());
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (!isSuiteRun(identifier)) {
            return;
        }
        Path evidence = directory(identifier)
                .or(() -> Optional.ofNullable(plan).flatMap(p -> p.getParent(identifier)).flatMap(ProofAllureRunFiles::directory))
                .orElse(null);
        runs.put(identifier.getUniqueId(), new Run(identifier.getUniqueIdObject().getLastSegment().getValue(),
                identifier.getDisplayName(), evidence, Map.of()));
    }

    private static Optional<Path> directory(TestIdentifier identifier) {
        return identifier.getSource().filter(DirectorySource.class::isInstance)
                .map(s -> ((DirectorySource) s).getFile().toPath());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (runs.isEmpty() || !AllureAdapter.available()) {
            return;
        }
        Path dir = AllureAdapter.resultsDirectory();
        try {
            write(dir, runs.entrySet().stream().map(e -> new Run(e.getValue().suiteId(), e.getValue().suiteTitle(),
                    e.getValue().evidence(), environments.getOrDefault(e.getKey(), Map.of()))).toList());
        } catch (IOException | UncheckedIOException e) {
            err.println("[proof] Allure run files not written to " + dir + ": " + e);
        } finally {
            runs.clear();
            environments.clear();
        }
    }

    void write(Path dir, List<Run> runs) throws IOException {
        Files.createDirectories(dir);
        ProofClock.Reading clock = clock();
        String suites = distinct(runs.stream().map(Run::suiteTitle).toList());
        String ids = distinct(runs.stream().map(Run::suiteId).toList());
        String evidence = distinct(runs.stream().map(r -> r.evidence() == null ? "" : display(r.evidence())).toList());

        Map<String, String> environment = new TreeMap<>();
        environment.put("proof.suites", suites);
        environment.put("proof.suite.ids", ids);
        environment.put("proof.evidence", evidence);
        environment.put("proof.clock", clock.instant().toString());
        environment.put("proof.clock.source", clock.source());
        environment.put("java.version", System.getProperty("java.version", ""));
        environment.putAll(reportLines(runs));
        Files.writeString(dir.resolve(ENVIRONMENT), properties(environment), StandardCharsets.UTF_8);

        ObjectNode executor = JSON.createObjectNode();
        executor.put("name", "junit-proof");
        executor.put("type", "junit-proof");
        executor.put("reportName", suites);
        executor.put("buildName", suites + " · " + evidence + " · " + clock.instant());
        Files.writeString(dir.resolve(EXECUTOR), JSON.writeValueAsString(executor) + "\n", StandardCharsets.UTF_8);

        try (InputStream in = categories()) {
            if (in == null) {
                err.println("[proof] categories.json is not on the class path; Allure keeps its default categories");
            } else {
                Files.copy(in, dir.resolve(CATEGORIES), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The class path's {@code categories.json}: a consumer's own test resource comes first and replaces ours. */
    private static InputStream categories() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(CATEGORIES);
        return in != null ? in : ProofAllureRunFiles.class.getClassLoader().getResourceAsStream(CATEGORIES);
    }

    /** The engine's own clock rule ({@link ProofClock}), read from this run's configuration, to the second. */
    ProofClock.Reading clock() {
        ConfigurationParameters configured = parameters;
        try {
            ProofClock.Reading reading = ProofClock.read(key -> configured == null ? Optional.empty()
                    : configured.get(key).map(String::trim).filter(v -> !v.isEmpty()), System.getenv());
            return new ProofClock.Reading(reading.instant().truncatedTo(ChronoUnit.SECONDS), reading.source());
        } catch (RuntimeException unparsable) {
            // The report listener reports a bad proof.clock (its reports are not written); Allure's environment,
            // a description of the run and never a verdict, shows the wall clock and says so.
            return new ProofClock.Reading(Instant.now().truncatedTo(ChronoUnit.SECONDS), ProofClock.WALL_CLOCK);
        }
    }

    /**
     * The reports' environment lines (Backend, Topology, ...) as {@code <suite id>.<label>}, e.g.
     * {@code VAL25.Backend}; where several evidence units of one suite differ, their values joined.
     */
    static Map<String, String> reportLines(List<Run> runs) {
        Map<String, List<String>> values = new TreeMap<>();
        for (Run run : runs) {
            run.environment().forEach((label, value) -> values.computeIfAbsent(
                    run.suiteId() + "." + label.strip().replace(' ', '_'), k -> new java.util.ArrayList<>()).add(value));
        }
        Map<String, String> lines = new TreeMap<>();
        values.forEach((key, list) -> lines.put(key, distinct(list)));
        return lines;
    }

    private static String distinct(List<String> values) {
        return values.stream().filter(v -> !v.isEmpty()).distinct().sorted().collect(Collectors.joining(", "));
    }

    /** Relative to the working directory when inside it, as the proof reports print it. */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString()
                : absolute.toString();
        return shown.replace('\\', '/');
    }

    /** Java properties text without {@link Properties#store}'s date comment, so the same run gives the same file. */
    static String properties(Map<String, String> values) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        StringWriter out = new StringWriter();
        properties.store(out, null);
        return out.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }
}

package dev.junitproof.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * What a {@link ProofRunner} run did: each test's outcome keyed by the value of its last unique-id segment
 * (a check id such as {@code VAL25-06}, a readiness level such as {@code DESIGN_PARTNER}), and the report files.
 */
public final class ProofRunResult {

    /** A test's outcome as the tree shows it. */
    public enum Shown { PASSED, FAILED, ABORTED, SKIPPED }

    private final RecordingListener recorder;
    private final Path outputDir;

    ProofRunResult(RecordingListener recorder, Path outputDir) {
        this.recorder = recorder;
        this.outputDir = outputDir;
    }

    /** Tests only (checks and levels), last segment value → outcome, in execution order. */
    public Map<String, Shown> tests() {
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (RecordingListener.Finished f : recorder.finished) {
            if (f.identifier().isTest()) {
                shown.put(lastValue(f.uniqueId()), shown(f));
            }
        }
        return shown;
    }

    /** Tests of one suite run only (unique id contains {@code [suite:<suiteId>]}). */
    public Map<String, Shown> tests(String suiteId) {
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (RecordingListener.Finished f : recorder.finished) {
            if (f.identifier().isTest() && inSuite(f.uniqueId(), suiteId)) {
                shown.put(lastValue(f.uniqueId()), shown(f));
            }
        }
        return shown;
    }

    public Shown outcome(String testKey) {
        Shown s = tests().get(testKey);
        if (s == null) {
            throw new NoSuchElementException("no test " + testKey + " ran; ran: " + tests().keySet());
        }
        return s;
    }

    /** The failure message or abort reason of a test. */
    public String message(String testKey) {
        return find(testKey).map(f -> f.throwable() == null ? String.valueOf(f.skipReason()) : String.valueOf(f.throwable().getMessage()))
                .orElseThrow(() -> new NoSuchElementException("no test " + testKey));
    }

    /** The display name of a test or container. */
    public String displayName(String key) {
        return find(key).map(f -> f.identifier().getDisplayName())
                .orElseThrow(() -> new NoSuchElementException("no node " + key));
    }

    /** The identifier of a node (test or container) by its last unique-id segment value. */
    public TestIdentifier identifier(String key) {
        return find(key).map(RecordingListener.Finished::identifier)
                .orElseThrow(() -> new NoSuchElementException("no node " + key));
    }

    /** Report entries published for a node. */
    public List<ReportEntry> entries(String key) {
        return recorder.entries.getOrDefault(identifier(key).getUniqueId(), List.of());
    }

    /** Every node that finished, containers included, as unique id strings. */
    public List<String> finishedUniqueIds() {
        return recorder.finished.stream().map(f -> f.identifier().getUniqueId()).collect(Collectors.toList());
    }

    /** Every node that finished, containers included, in the order they finished. */
    public List<TestIdentifier> finishedIdentifiers() {
        return recorder.finished.stream().map(RecordingListener.Finished::identifier).collect(Collectors.toList());
    }

    public List<TestIdentifier> dynamicallyRegistered() {
        return List.copyOf(recorder.registered);
    }

    /**
     * Containers (engine, evidence unit, suite run, group) that did not finish successfully, as
     * {@code uniqueId: throwable}. The engine reports bad evidence through tests, so any entry here is an
     * exception that escaped a suite or the engine.
     */
    public List<String> unsuccessfulContainers() {
        synchronized (recorder.finished) {
            return recorder.finished.stream()
                    .filter(f -> f.identifier().isContainer() && f.status() != TestExecutionResult.Status.SUCCESSFUL)
                    .map(f -> f.identifier().getUniqueId() + ": " + f.throwable())
                    .collect(Collectors.toList());
        }
    }

    /**
     * What a test threw (the engine's assertion or abort, whose cause is what the check itself threw), or empty
     * for a passed test.
     */
    public java.util.Optional<Throwable> throwable(String testKey) {
        return find(testKey).map(RecordingListener.Finished::throwable);
    }

    public long count(Shown shown) {
        return tests().values().stream().filter(s -> s == shown).count();
    }

    public Path outputDir() {
        return outputDir;
    }

    /** The content of a report file, e.g. {@code report("cli-audit-lab-2026-03-23", "val25-proof-report.txt")}. */
    public String report(String unitName, String fileName) {
        Path file = outputDir.resolve(unitName).resolve(fileName);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no report " + file, e);
        }
    }

    private java.util.Optional<RecordingListener.Finished> find(String key) {
        synchronized (recorder.finished) {
            return recorder.finished.stream().filter(f -> lastValue(f.uniqueId()).equals(key)).findFirst();
        }
    }

    private static Shown shown(RecordingListener.Finished f) {
        if (f.status() == null) {
            return Shown.SKIPPED;
        }
        return f.status() == TestExecutionResult.Status.SUCCESSFUL ? Shown.PASSED
                : f.status() == TestExecutionResult.Status.FAILED ? Shown.FAILED : Shown.ABORTED;
    }

    private static boolean inSuite(UniqueId id, String suiteId) {
        return id.getSegments().stream().anyMatch(s -> s.getType().equals("suite") && s.getValue().equals(suiteId));
    }

    private static String lastValue(UniqueId id) {
        return id.getLastSegment().getValue();
    }
}

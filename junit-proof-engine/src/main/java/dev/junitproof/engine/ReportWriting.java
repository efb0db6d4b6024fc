package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.engine.attest.Attestations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.junitproof.engine.ProofReportListener.DEFAULT_OUTPUT_DIR;
import static dev.junitproof.engine.ProofReportListener.PARTIAL_SUFFIX;
import static dev.junitproof.engine.ProofReportListener.inside;
import static dev.junitproof.engine.ProofReportListener.withFinalNewline;

/**
 * Writes one completed run's files: the report set (text, JSON, Markdown, envelope) as one set, then the suite's
 * extra files and write-back, then the charts. Says what it could not write: a report or extra file not written
 * fails the run, a chart not drawn or written only warns (a chart is a picture of the proof, never part of it).
 */
final class ReportWriting {

    /** Fewer extra files than this are written one after another; the time is in forcing each to disk. */
    private static final int MANY_FILES = 16;

    private final ProofConfiguration configuration;

    ReportWriting(ProofConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * What one run's writing has to say, printed once every run is done: the text report (when printing is on),
     * warnings (a chart skipped) and failures (a report not written), which also fail the run.
     */
    record Written(String printed, String warnings, List<String> failures, Optional<Path> textReport) {

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
        Path[] text = new Path[1];
        String printed = write(run, warnings, failures, text);
        return new Written(printed, warningText.toString(StandardCharsets.UTF_8), failures, Optional.ofNullable(text[0]));
    }

    /**
     * Writes one run's files; returns the text to print, or null; collects what could not be written, and where
     * the text report went once its set is written.
     */
    private String write(CompletedRun run, PrintStream warnings, List<String> failures, Path[] textReport) {
        Path dir = Path.of(configuration.get(ProofConfiguration.OUTPUT_DIR).orElse(DEFAULT_OUTPUT_DIR))
                .resolve(run.unitName());
        String suite = run.suite().id();
        ProofResult result;
        String text;
        ReportSet set;
        java.util.concurrent.CompletableFuture<List<PendingFile>> extras;
        java.util.concurrent.CompletableFuture<List<BinaryReportFile>> charts;
        try {
            result = run.result().result();
            text = run.result().text();
            // The extra files and the charts are made while the report set is: they are written only after it.
            extras = result.partial() ? java.util.concurrent.CompletableFuture.completedFuture(List.of())
                    : java.util.concurrent.CompletableFuture.supplyAsync(() -> extraFiles(run, dir, result));
            charts = result.partial() ? java.util.concurrent.CompletableFuture.completedFuture(List.of())
                    : java.util.concurrent.CompletableFuture.supplyAsync(() -> run.result().charts(warnings));
            ObjectNode json = ProofReportJson.build(run.suite(), run.proof(), run.plan(), result, run.result().approvals());
            run.proof().addJson(json, result);
            String base = run.proof().reportName() + (result.partial() ? PARTIAL_SUFFIX : "");
            set = ReportSet.of(dir, base, text, json,
                    MarkdownSummary.render(run.suite().title(), run.plan(), result, run.result().approvals()));
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
        textReport[0] = dir.resolve(set.base() + ReportSet.TEXT);
        if (!result.partial()) {
            // A partial run's extra files and write-back would replace a full run's: it writes only its own set.
            try {
                writeAll(failures, suite, extras.join());
            } catch (java.util.concurrent.CompletionException e) {
                failures.add(suite + " extra report files for " + run.unitName() + " not written: " + e.getCause());
            }
            writeCharts(run, dir, charts.join(), warnings);
        }
        if (configuration.get(ProofConfiguration.PRINT_REPORTS).map(Boolean::parseBoolean).orElse(true)) {
            return text + "(written to " + dir.resolve(set.base() + ".txt") + " and .json)" + System.lineSeparator();
        }
        return null;
    }

    /** The suite's extra files beside the reports, then its write-back into the evidence unit. */
    private static List<PendingFile> extraFiles(CompletedRun run, Path dir, ProofResult result) {
        List<PendingFile> files = new ArrayList<>();
        run.proof().extraFiles(result).forEach(extra -> files.add(
                new PendingFile(inside(dir, extra.name()), withFinalNewline(extra.content()))));
        run.proof().evidenceFiles(result).forEach(back -> files.add(
                new PendingFile(inside(run.unit(), back.name()), withFinalNewline(back.content()))));
        return files;
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
    private static void writeCharts(CompletedRun run, Path dir, List<BinaryReportFile> charts, PrintStream warnings) {
        for (BinaryReportFile chart : charts) {
            try {
                AtomicFiles.write(inside(dir, chart.name()), chart.content());
            } catch (IOException | RuntimeException e) {
                warnings.println("[proof] " + run.suite().id() + " chart " + chart.name() + " not written to " + dir + ": " + e);
            }
        }
    }

}

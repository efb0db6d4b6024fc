package dev.junitproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code junit-proof merge REPORT_DIR...}: one summary of the JSON reports that sharded runs wrote (text, JSON,
 * Markdown). Every verdict and status is the report's own, read as written; nothing is judged again.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combines the proof reports of sharded runs (--shard I/N, each writing its own output directory) into one summary: proof-summary.txt, .json and .md in --output. Each suite run's verdict and counts are taken from its JSON report as written.",
        footer = {"", "Exit status: 0 no run has a failed check; 1 one has; 2 no proof report was found."})
final class MergeCommand implements Callable<Integer> {

    static final String SCHEMA = "proof-summary/v1";
    static final String BASE = "proof-summary";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(arity = "1..*", paramLabel = "REPORT_DIR", description = "Output directories of proof runs.")
    List<Path> directories;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/proof-summary",
            description = "Where the summary is written (default: ${DEFAULT-VALUE}).")
    Path output;

    private final Terminal terminal;

    MergeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** One suite run's report as the summary lists it. */
    record Row(String suite, String unit, String verdict, boolean partial, long pass, long fail, long pending,
            long missing, List<String> failing, String report) {
    }

    @Override
    public Integer call() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new UsageProblem("report directory " + directory + " does not exist");
            }
            rows.addAll(rows(directory));
        }
        if (rows.isEmpty()) {
            throw new UsageProblem("no proof report under " + directories);
        }
        rows.sort(Comparator.comparing(Row::suite).thenComparing(Row::unit).thenComparing(Row::report));
        Files.createDirectories(output);
        Files.writeString(output.resolve(BASE + ".json"), JSON.writeValueAsString(json(rows)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(output.resolve(BASE + ".txt"), text(rows), StandardCharsets.UTF_8);
        Files.writeString(output.resolve(BASE + ".md"), markdown(rows), StandardCharsets.UTF_8);
        terminal.out().print(text(rows));
        terminal.out().println("(written to " + output.resolve(BASE + ".txt") + ", .json and .md)");
        return rows.stream().anyMatch(r -> r.fail() > 0) ? ExitCode.FAILED.code() : ExitCode.PROVED.code();
    }

    /** The proof reports in a run's output directory: {@code <dir>/<unit>/<base>.json} with its .txt and .md. */
    static List<Row> rows(Path directory) {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory, 2)) {
            for (Path json : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String base = json.getFileName().toString().replaceFirst("\\.json$", "");
                if (!Files.isRegularFile(json.resolveSibling(base + ".txt"))
                        || !Files.isRegularFile(json.resolveSibling(base + ".md"))) {
                    continue;
                }
                JsonNode report = JSON.readTree(json.toFile());
                if (!report.path("suite").isTextual() || !report.path("checks").isArray()) {
                    continue;
                }
                rows.add(row(report, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row row(JsonNode report, Path json) {
        long pass = 0;
        long fail = 0;
        long pending = 0;
        long missing = 0;
        List<String> failing = new ArrayList<>();
        for (JsonNode check : report.path("checks")) {
            switch (check.path("status").asText()) {
                case "PASS" -> pass++;
                case "FAIL" -> {
                    fail++;
                    failing.add(check.path("id").asText());
                }
                case "PENDING" -> pending++;
                case "MISSING" -> missing++;
                default -> { }
            }
        }
        String verdict = report.path("verdict").isTextual() ? report.path("verdict").asText()
                : "PARTIAL RUN (no verdict)";
        return new Row(report.path("suite").asText(), json.getParent().getFileName().toString(), verdict,
                report.path("partial_run").asBoolean(false), pass, fail, pending, missing, failing, json.toString());
    }

    private static ObjectNode json(List<Row> rows) {
        ObjectNode summary = JSON.createObjectNode();
        summary.put("schema", SCHEMA);
        ArrayNode runs = summary.putArray("runs");
        for (Row row : rows) {
            ObjectNode run = runs.addObject();
            run.put("suite", row.suite());
            run.put("evidence_unit", row.unit());
            run.put("verdict", row.verdict());
            run.put("partial_run", row.partial());
            ObjectNode checks = run.putObject("checks");
            checks.put("pass", row.pass());
            checks.put("fail", row.fail());
            checks.put("pending", row.pending());
            checks.put("missing", row.missing());
            ArrayNode failing = run.putArray("failing");
            row.failing().forEach(failing::add);
            run.put("report", row.report());
        }
        ObjectNode totals = summary.putObject("totals");
        totals.put("runs", rows.size());
        totals.put("runs_with_failures", rows.stream().filter(r -> r.fail() > 0).count());
        return summary;
    }

    private static String text(List<Row> rows) {
        StringBuilder text = new StringBuilder("Proof summary (" + rows.size() + " suite runs)\n");
        for (Row row : rows) {
            text.append(String.format("  %-8s %-40s %-28s PASS=%d FAIL=%d PENDING=%d%s%n", row.suite(), row.unit(),
                    row.verdict(), row.pass(), row.fail(), row.pending(),
                    row.failing().isEmpty() ? "" : "  failing: " + String.join(", ", row.failing())));
        }
        return text.toString();
    }

    private static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("## Proof summary — " + rows.size() + " suite runs\n\n");
        md.append("| Suite | Evidence | Verdict | PASS | FAIL | PENDING | Failing |\n|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.suite()).append(" | ").append(row.unit()).append(" | ").append(row.verdict())
                    .append(" | ").append(row.pass()).append(" | ").append(row.fail()).append(" | ").append(row.pending())
                    .append(" | ").append(String.join(", ", row.failing())).append(" |\n");
        }
        return md.toString();
    }
}

package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs VAL27 through the engine on a generated evidence root and reads back what it showed and wrote. */
final class Val27Runs {

    static final String ROOT = "evidence";
    static final String TEXT = "val27-proof-report.txt";
    static final String JSON = "val27-proof-report.json";

    private Val27Runs() {
    }

    static Path root(Path tmp) {
        return tmp.resolve(ROOT);
    }

    static ProofRunResult run(Path tmp, RelayFixture fixture) {
        return run(tmp, fixture.writeTo(root(tmp)));
    }

    /** Runs on a root already written (for fixtures built by hand on top of a generated one). */
    static ProofRunResult run(Path tmp, Path root) {
        return ProofRunner.selectDirectory(root).run(tmp.resolve("out"));
    }

    static String text(ProofRunResult run) {
        return run.report(ROOT, TEXT);
    }

    static JsonNode json(ProofRunResult run) {
        try {
            return JsonFixtures.MAPPER.readTree(run.report(ROOT, JSON));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String verdict(ProofRunResult run) {
        return text(run).lines().filter(l -> l.startsWith("Verdict: ")).findFirst().orElseThrow();
    }

    /** The line of the text report that starts with {@code prefix}. */
    static String line(ProofRunResult run, String prefix) {
        return text(run).lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + prefix + " in\n" + text(run)));
    }

    /** Every test of the passing default campaign, as the engine shows it. */
    static Map<String, Shown> passing() {
        Map<String, Shown> expected = new LinkedHashMap<>();
        for (RelaySlice slice : RelaySlice.values()) {
            expected.put(slice.name() + "-report", Shown.PASSED);
            for (int n = 1; n <= 10; n++) {
                expected.put(String.format("%s-%02d", slice.name(), n), Shown.PASSED);
            }
        }
        for (String id : FigureChecks.all()) {
            expected.put(id, Shown.PASSED);
        }
        expected.put("VAL27-WINDOW", Shown.PASSED);
        for (int n = 1; n <= 10; n++) {
            expected.put(String.format("VAL27-%02d", n), Shown.PASSED);
        }
        expected.put("VAL27-SOAK", Shown.ABORTED);
        expected.put("RELAY_DESIGN_PARTNER", Shown.PASSED);
        expected.put("RELAY_GA", Shown.ABORTED);
        expected.put("RELAY_PUBLIC_PRODUCTION", Shown.ABORTED);
        return expected;
    }

    /**
     * A slice that cannot be read shows only its report test, failed; its row VAL27-0n and every figure check of the
     * slice fail with it (required evidence), and the design-partner chain with them.
     */
    static Map<String, Shown> withoutSliceChecks(Map<String, Shown> expected, RelaySlice slice) {
        for (int n = 1; n <= 10; n++) {
            expected.remove(String.format("%s-%02d", slice.name(), n));
        }
        expected.put(slice.name() + "-report", Shown.FAILED);
        expected.put(MatrixChecks.sliceCheckId(slice), Shown.FAILED);
        FigureChecks.ids(slice).forEach(id -> expected.put(id, Shown.FAILED));
        return notReady(expected);
    }

    /** The matrix rows that stand for a figure check: VAL27-06 for VAL21-sa, ... */
    static List<String> rowsOf(String figure) {
        List<String> rows = new java.util.ArrayList<>();
        if (MatrixChecks.ZERO_LOSS.contains(figure)) {
            rows.add("VAL27-06");
        }
        if (MatrixChecks.BASELINE.contains(figure)) {
            rows.add("VAL27-07");
        }
        if (MatrixChecks.GROUP_R_RATE.contains(figure)) {
            rows.add("VAL27-08");
        }
        if (MatrixChecks.BANDWIDTH.contains(figure)) {
            rows.add("VAL27-09");
        }
        return rows;
    }

    /** The passing campaign with these figure checks failed, and the matrix rows and level that read them. */
    static Map<String, Shown> failingFigures(String... figures) {
        Map<String, Shown> expected = notReady(passing());
        for (String figure : figures) {
            expected.put(figure, Shown.FAILED);
            rowsOf(figure).forEach(row -> expected.put(row, Shown.FAILED));
        }
        return expected;
    }

    /** The campaign's design-partner chain failing: VAL27-10 and the level. */
    static Map<String, Shown> notReady(Map<String, Shown> expected) {
        expected.put("VAL27-10", Shown.FAILED);
        expected.put("RELAY_DESIGN_PARTNER", Shown.FAILED);
        return expected;
    }

    /** The committed VAL24 sample (three days of a 30-day soak), copied into an evidence root. */
    static void copyVal24SampleSoak(Path root) throws java.io.IOException {
        Path sample = Path.of("..", "examples", "evidence", "val24-relay-soak-2026-03-01");
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(sample)) {
            for (Path source : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                Path target = root.resolve(sample.getFileName()).resolve(sample.relativize(source));
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.copy(source, target);
            }
        }
    }
}

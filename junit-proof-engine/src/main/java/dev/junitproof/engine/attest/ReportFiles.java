package dev.junitproof.engine.attest;

import java.nio.file.Path;

/**
 * A proof report's files side by side: {@code <base>.json} (the contract), {@code <base>.txt} (the text report),
 * {@code <base>.md} (the summary) and the envelope {@code <base>.intoto.jsonl} that attests the three.
 */
record ReportFiles(Path directory, String baseName) {

    static final String JSON = ".json";
    static final String TEXT = ".txt";
    static final String MARKDOWN = ".md";
    static final String ENVELOPE = ".intoto.jsonl";

    static ReportFiles ofJson(Path json) {
        return new ReportFiles(parent(json), strip(json, JSON));
    }

    static ReportFiles ofEnvelope(Path envelope) {
        return new ReportFiles(parent(envelope), strip(envelope, ENVELOPE));
    }

    Path json() {
        return directory.resolve(baseName + JSON);
    }

    Path text() {
        return directory.resolve(baseName + TEXT);
    }

    Path markdown() {
        return directory.resolve(baseName + MARKDOWN);
    }

    /** The three report files an envelope of this base name signs, by name. */
    java.util.Set<String> reportNames() {
        return java.util.Set.of(baseName + JSON, baseName + TEXT, baseName + MARKDOWN);
    }

    Path envelope() {
        return directory.resolve(baseName + ENVELOPE);
    }

    private static Path parent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static String strip(Path file, String suffix) {
        String name = file.getFileName().toString();
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            throw new IllegalArgumentException(file + " is not a " + suffix + " file");
        }
        return name.substring(0, name.length() - suffix.length());
    }
}

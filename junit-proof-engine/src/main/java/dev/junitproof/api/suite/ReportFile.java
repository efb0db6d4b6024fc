package dev.junitproof.api.suite;

/** A report file to write under the run's output directory: a relative file name and its full content. */
public record ReportFile(String name, String content) {
}

package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** A report file to write under the run's output directory: a relative file name and its full content. */
@API(status = STABLE, since = "0.1")
public record ReportFile(String name, String content) {
}

package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where a value came from: a file relative to the evidence unit and a JSON pointer inside it ({@code ""} for the
 * whole file). The engine turns it into a {@code FileSource} with the line of the pointer, so an IDE opens the
 * evidence at the field a check read.
 */
@API(status = STABLE, since = "0.1")
public record SourceRef(String file, String pointer) {

    public SourceRef {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a source needs a file");
        }
        pointer = pointer == null ? "" : pointer;
    }

    public static SourceRef of(String file, String pointer) {
        return new SourceRef(file, pointer);
    }

    public static SourceRef file(String file) {
        return new SourceRef(file, "");
    }

    /** {@code val07-report.json /plan_create/p99_ms}, the form failure messages use. */
    @Override
    public String toString() {
        return pointer.isEmpty() ? file : file + " " + pointer;
    }
}

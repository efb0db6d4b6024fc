package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The result of reading one evidence file: its value, or why it is MISSING. Reading never throws for bad
 * evidence; a suite decides what a missing file means for its slices.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Loaded<T> permits Loaded.Present, Loaded.Missing {

    /** The file, relative to the evidence unit. */
    String file();

    record Present<T>(String file, T value) implements Loaded<T> {
    }

    /** @param detail names the file and, for a schema mismatch, the JSON pointer; ready to print. */
    record Missing<T>(String file, MissingReason reason, String detail) implements Loaded<T> {
    }

    enum MissingReason {
        /** No such file. */
        NOT_FOUND,
        /** A directory, FIFO, device or other non-regular path where a file was expected. */
        NOT_REGULAR_FILE,
        /** The path resolves, through links, outside the evidence root. */
        OUTSIDE_ROOT,
        /** Unreadable bytes, invalid JSON, over a limit, or a schema violation. */
        SCHEMA_MISMATCH,
        /** The file system refused (permissions, I/O error). */
        UNREADABLE
    }

    default boolean isPresent() {
        return this instanceof Present;
    }

    /** The value when present. */
    default Optional<T> optional() {
        return this instanceof Present<T> p ? Optional.of(p.value()) : Optional.empty();
    }

    /** The detail of a missing file, empty when present. */
    default String missingDetail() {
        return this instanceof Missing<T> m ? m.detail() : "";
    }

    /**
     * The value, for a check that needs it: when the file is missing the check fails with
     * {@code <file> MISSING: <detail>}, as required evidence that cannot be read must (never pending, never passed).
     */
    default T required() {
        if (this instanceof Present<T> p) {
            return p.value();
        }
        throw new AssertionError(file() + " MISSING: " + missingDetail());
    }

    default <R> Loaded<R> map(Function<T, R> mapper) {
        if (this instanceof Present<T> p) {
            return new Present<>(p.file(), mapper.apply(p.value()));
        }
        Missing<T> m = (Missing<T>) this;
        return new Missing<>(m.file(), m.reason(), m.detail());
    }
}

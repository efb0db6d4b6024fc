package dev.junitproof.api.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.result.SuiteJudgment;
import org.apiguardian.api.API;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Safe access to one evidence unit. Paths are relative to the unit directory. Every read is confined to the
 * evidence root given to the engine (links that leave it are not followed), bounded in size and JSON nesting,
 * strict about UTF-8 (a leading BOM is tolerated), NaN and numbers that do not fit a double, and recorded with
 * its SHA-256 and size for the report's {@code evidence} list.
 */
@API(status = STABLE, since = "0.1")
public interface EvidenceReader {

    /** The evidence unit, absolute. */
    Path unitDirectory();

    /** The unit directory's name, e.g. {@code cli-audit-lab-2026-03-23}. */
    default String unitName() {
        return unitDirectory().getFileName().toString();
    }

    /**
     * Reads a JSON file and validates it against JSON Schemas on the class path, in order (e.g. a shared envelope
     * schema, then the file's own: {@code /dev/junitproof/suites/val25/val07-report.schema.json}). The first
     * violation makes the file MISSING with a detail naming the file and JSON pointer. No schema: only parsed.
     */
    Loaded<JsonNode> readJson(String file, String... schemaResources);

    /**
     * {@link #readJson(String, String...)} then binds the tree to {@code type}: records, snake_case JSON names
     * ({@code p99_ms} binds {@code p99Ms}), unknown fields ignored.
     */
    <T> Loaded<T> readJson(Class<T> type, String file, String... schemaResources);

    /** Binds an already validated tree (or a part of it) to {@code type}, as {@link #readJson(Class, String, String...)}. */
    <T> T bind(JsonNode tree, Class<T> type);

    /** Reads a small text file as UTF-8 lines (BOM tolerated). */
    Loaded<List<String>> readLines(String file);

    /**
     * Streams a file that may be large (a soak's peer list, a day-long log) without holding it: the consumer
     * gets the raw bytes; size limit, confinement and digest apply as for every other read.
     */
    Loaded<Long> stream(String file, StreamConsumer consumer);

    /** Streams a UTF-8 text file line by line. Returns the number of lines. */
    Loaded<Long> streamLines(String file, Consumer<String> line);

    /**
     * The entries of a directory of the unit ({@code ""} for the unit itself), sorted by name, each with its kind
     * and modification time. MISSING, naming the directory and why, when it is absent, not a directory, a link
     * that leaves the evidence root, or unreadable: a caller can tell a refused directory from an empty one.
     */
    Loaded<List<DirectoryEntry>> list(String directory);

    /**
     * The entry names of a directory, sorted, without looking at each entry: for directories of thousands of files
     * (a soak's rounds) where the names are all a caller needs before reading. MISSING as {@link #list}.
     */
    Loaded<List<String>> names(String directory);

    /** Modification time of a file or directory inside the root; empty if absent or outside the root. */
    Optional<Instant> lastModified(String file);

    /** Whether a regular file exists at this path inside the root. */
    boolean isFile(String file);

    /**
     * Another suite's judgment of a directory of this unit (relative to it, e.g. {@code val24-relay-soak-2026-03-01}),
     * made from that directory's raw evidence exactly as the suite proves it on its own: its outcomes, levels,
     * verdict and JSON report. The files it reads are this run's evidence too. MISSING, saying why, when no suite
     * has that id, the directory cannot be read, or the judging suite fails.
     */
    Loaded<SuiteJudgment> judgeAs(String suiteId, String directory);

    /**
     * How far a long read has come ({@code work} e.g. {@code "rounds"}, {@code done} of {@code total}), for a terminal's
     * progress line on a year-long soak. Nothing is judged from it, and it may be called as often as convenient.
     */
    default void progress(String work, long done, long total) {
    }

    /** Reads through a stream; may throw, the reader turns that into a MISSING detail. */
    @FunctionalInterface
    interface StreamConsumer {
        void accept(InputStream in) throws Exception;
    }
}

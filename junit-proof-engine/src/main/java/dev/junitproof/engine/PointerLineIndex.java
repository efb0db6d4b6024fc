package dev.junitproof.engine;

import dev.junitproof.api.suite.Loaded;
import dev.junitproof.engine.RootConfinement.Resolved;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line of a JSON pointer in an evidence file, for a check's {@code FileSource}. Only a source needs it, and a
 * soak reads thousands of files no check points into, so lines are located on first request, from a fresh read of
 * a file small enough to be JSON evidence. A navigation hint for the IDE, never evidence: that read is not
 * digested, and a file that changed since only moves the cursor.
 */
final class PointerLineIndex {

    /** Files larger than this get no line numbers in sources (a check's source still names the file). */
    private static final long MAX_BYTES = 1L << 20;

    private final RootConfinement confinement;
    private final JsonParsing parsing;
    private final Map<String, JsonPointerLines> lines = new ConcurrentHashMap<>();

    PointerLineIndex(RootConfinement confinement, JsonParsing parsing) {
        this.confinement = confinement;
        this.parsing = parsing;
    }

    /** The line of {@code pointer} in {@code file}; 1 when unknown or for the whole file. */
    int lineOf(String file, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            // The whole file: its first line, without reading it (it may be a soak's 12 MB receipt list).
            return 1;
        }
        return lines.computeIfAbsent(file, this::locate).lineOf(pointer);
    }

    private JsonPointerLines locate(String file) {
        Loaded<Resolved> resolved = confinement.file(file);
        if (resolved instanceof Loaded.Present<Resolved> present) {
            try {
                if (Files.size(present.value().real()) <= MAX_BYTES) {
                    return JsonPointerLines.of(parsing, Files.readAllBytes(present.value().real()));
                }
            } catch (IOException unreadable) {
                // Unknown lines: the source points at the file's first line.
            }
        }
        return JsonPointerLines.of(parsing, new byte[0]);
    }
}

package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One suite run's report files, {@code <base>.txt}, {@code .json}, {@code .md} and, when signed,
 * {@code .intoto.jsonl}: rendered to bytes first (the envelope signs exactly these bytes), then written as a set
 * that replaces the previous set whole or not at all.
 */
final class ReportSet {

    static final String TEXT = ".txt";
    static final String JSON = ".json";
    static final String MARKDOWN = ".md";
    static final String ENVELOPE = ".intoto.jsonl";

    private final Path directory;
    private final String base;
    private final byte[] text;
    private final byte[] json;
    private final byte[] markdown;
    private final Optional<byte[]> envelope;

    private ReportSet(Path directory, String base, byte[] text, byte[] json, byte[] markdown, Optional<byte[]> envelope) {
        this.directory = directory;
        this.base = base;
        this.text = text;
        this.json = json;
        this.markdown = markdown;
        this.envelope = envelope;
    }

    static ReportSet of(Path directory, String base, String text, ObjectNode json, String markdown) throws IOException {
        ByteArrayOutputStream jsonBytes = new ByteArrayOutputStream();
        ProofReportJson.write(json, jsonBytes);
        return new ReportSet(directory, base, text.getBytes(StandardCharsets.UTF_8), jsonBytes.toByteArray(),
                markdown.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    /** The same set with the envelope that signs it (none when signing is not configured). */
    ReportSet signed(Optional<byte[]> signature) {
        return new ReportSet(directory, base, text, json, markdown, signature);
    }

    String base() {
        return base;
    }

    byte[] text() {
        return text.clone();
    }

    byte[] json() {
        return json.clone();
    }

    byte[] markdown() {
        return markdown.clone();
    }

    /** The files' names, in the order they are moved into place. */
    List<String> names() {
        return new ArrayList<>(files().keySet());
    }

    private Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(base + TEXT, text);
        files.put(base + JSON, json);
        files.put(base + MARKDOWN, markdown);
        envelope.ifPresent(e -> files.put(base + ENVELOPE, e));
        return files;
    }

    /**
     * Writes every file of the set to a temp file and forces it, then moves all into place. A failure while
     * writing (a full disk) leaves the previous set as it was. An envelope left from an earlier signed run is
     * removed when this run is not signed: it would attest reports it no longer matches.
     */
    void write() throws IOException {
        Map<String, AtomicFiles.Content> contents = new LinkedHashMap<>();
        files().forEach((name, bytes) -> contents.put(name, out -> out.write(bytes)));
        AtomicFiles.writeSet(directory, contents, envelope.isEmpty() ? List.of(base + ENVELOPE) : List.of());
    }
}

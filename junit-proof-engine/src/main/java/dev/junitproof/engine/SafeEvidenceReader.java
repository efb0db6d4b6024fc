package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.Loaded.MissingReason;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The engine's {@link EvidenceReader}: confined to the evidence root, bounded, strict, and digesting every file
 * it reads into the run's {@link EvidenceLedger}.
 */
final class SafeEvidenceReader implements EvidenceReader {

    /** Files larger than this get no line numbers in sources (a check's source still names the file). */
    private static final long POINTER_LINES_MAX_BYTES = 1L << 20;
    /**
     * Files up to this size are read whole into one array of their size, then digested, decoded or handed to a
     * consumer from memory; larger ones are streamed. A soak's round files are a few hundred bytes each, and
     * tens of thousands of them: per file, stream wrappers and their 8 KiB buffers cost more than the read.
     */
    private static final long WHOLE_READ_MAX_BYTES = 1L << 20;

    private final Path root;
    private final Path unit;
    private final ReadLimits limits;
    private final JsonParsing parsing;
    private final EvidenceLedger ledger;
    private final Map<String, JsonPointerLines> pointerLines = new ConcurrentHashMap<>();
    private final Map<Path, Path> realDirectories = new ConcurrentHashMap<>();
    private final String unitPrefix;
    private final String rootPrefix;
    private final CrossSuiteJudge judge;

    /**
     * @param root the evidence root the user gave (confinement boundary), a real path
     * @param unit the evidence unit inside it, a real path
     */
    SafeEvidenceReader(Path root, Path unit, ReadLimits limits, EvidenceLedger ledger) {
        this(root, unit, limits, ledger, CrossSuiteJudge.NONE);
    }

    /** @param judge how {@link #judgeAs} proves a directory as another suite would */
    SafeEvidenceReader(Path root, Path unit, ReadLimits limits, EvidenceLedger ledger, CrossSuiteJudge judge) {
        this.judge = judge;
        this.root = root;
        this.unit = unit;
        this.limits = limits;
        this.parsing = JsonParsing.forLimits(limits);
        this.ledger = ledger;
        this.unitPrefix = prefix(unit);
        this.rootPrefix = prefix(root);
    }

    /** A directory's path as the start of its entries' paths: with its trailing separator. */
    private static String prefix(Path directory) {
        String path = directory.toString();
        return path.endsWith(java.io.File.separator) ? path : path + java.io.File.separator;
    }

    @Override
    public Path unitDirectory() {
        return unit;
    }

    /** A file that resolved safely: its real path, its name relative to the unit, its size when resolved. */
    private record Resolved(String name, Path real, long size) {
    }

    /** A path that resolved inside the root: its real path and the attributes of what it names (links followed). */
    private record Located(Path real, BasicFileAttributes attributes) {
    }

    /** Resolution outcome: a safe regular file, or the reason it is not read. */
    private Loaded<Resolved> resolveFile(String file) {
        Loaded<Located> located = resolveInside(file);
        if (!(located instanceof Loaded.Present<Located> present)) {
            return located.map(p -> null);
        }
        BasicFileAttributes attributes = present.value().attributes();
        if (!attributes.isRegularFile()) {
            String kind = attributes.isDirectory() ? "a directory" : "not a regular file (FIFO, device or socket)";
            return new Loaded.Missing<>(file, MissingReason.NOT_REGULAR_FILE, file + " is " + kind + ", not a report file");
        }
        if (attributes.size() > limits.maxFileBytes()) {
            return new Loaded.Missing<>(file, MissingReason.SCHEMA_MISMATCH, file + " is " + attributes.size()
                    + " bytes, over the limit of " + limits.maxFileBytes() + " bytes (proof.max-file-bytes)");
        }
        return new Loaded.Present<>(file, new Resolved(file, present.value().real(), attributes.size()));
    }

    /**
     * Resolves a path of the unit, following links only while they stay inside the root. A soak has thousands of
     * files in a few directories, so directories' real paths are resolved once; a file that is not itself a link
     * then costs one lstat, whose attributes are all a read or a listing needs. Links take the full resolution.
     */
    private Loaded<Located> resolveInside(String file) {
        Path lexical = unit.resolve(file).normalize();
        if (!lexical.startsWith(root)) {
            return new Loaded.Missing<>(file, MissingReason.OUTSIDE_ROOT, file + " is outside the evidence root " + root);
        }
        Optional<Located> fast = resolveThroughKnownDirectory(lexical);
        if (fast.isPresent()) {
            return confined(file, fast.get());
        }
        if (!Files.exists(lexical)) {
            if (Files.isSymbolicLink(lexical)) {
                return new Loaded.Missing<>(file, MissingReason.NOT_FOUND,
                        file + " is a link that resolves to nothing (broken, or a link loop)");
            }
            return new Loaded.Missing<>(file, MissingReason.NOT_FOUND, file + " not found");
        }
        try {
            Path real = lexical.toRealPath();
            return confined(file, new Located(real, Files.readAttributes(real, BasicFileAttributes.class)));
        } catch (IOException e) {
            return new Loaded.Missing<>(file, MissingReason.NOT_FOUND,
                    file + " cannot be resolved (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** The real path of an existing non-link entry whose directory's real path is known; empty otherwise. */
    private Optional<Located> resolveThroughKnownDirectory(Path lexical) {
        Path parent = lexical.getParent();
        if (parent == null || lexical.equals(root)) {
            return Optional.empty();
        }
        Path realParent = realDirectories.computeIfAbsent(parent, SafeEvidenceReader::realPathOrNull);
        if (realParent == null) {
            realDirectories.remove(parent);
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(lexical, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return Optional.empty();
            }
            return Optional.of(new Located(realParent.resolve(lexical.getFileName()), attributes));
        } catch (IOException absentOrUnreadable) {
            return Optional.empty();
        }
    }

    private static Path realPathOrNull(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private Loaded<Located> confined(String file, Located located) {
        if (!located.real().startsWith(root)) {
            return new Loaded.Missing<>(file, MissingReason.OUTSIDE_ROOT,
                    file + " is a link that leaves the evidence root (it resolves to " + located.real() + "); not read");
        }
        return new Loaded.Present<>(file, located);
    }

    @Override
    public Loaded<JsonNode> readJson(String file, String... schemaResources) {
        Loaded<byte[]> bytes = readBytes(file);
        if (!(bytes instanceof Loaded.Present<byte[]> present)) {
            return bytes.map(b -> null);
        }
        byte[] content = withoutBom(present.value());
        String text;
        try {
            text = strictUtf8(content);
        } catch (CharacterCodingException e) {
            return mismatch(file, file + " is not valid UTF-8 text");
        }
        JsonNode tree;
        try {
            tree = parsing.parse(text);
        } catch (IOException e) {
            return mismatch(file, file + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (tree == null || tree.isMissingNode()) {
            return mismatch(file, file + " is empty");
        }
        if (!tree.isObject()) {
            return mismatch(file, file + ": the top level must be a JSON object, found " + tree.getNodeType().name().toLowerCase());
        }
        Optional<String> nonFinite = JsonParsing.firstNonFiniteNumber(tree, "");
        if (nonFinite.isPresent()) {
            return mismatch(file, file + ": " + nonFinite.get() + " is a number that does not fit a double");
        }
        for (String schema : schemaResources) {
            if (schema == null) {
                continue;
            }
            Optional<String> violation = SchemaValidation.firstViolation(schema, tree);
            if (violation.isPresent()) {
                return mismatch(file, file + ": " + violation.get());
            }
        }
        return new Loaded.Present<>(file, tree);
    }

    @Override
    public <T> Loaded<T> readJson(Class<T> type, String file, String... schemaResources) {
        Loaded<JsonNode> tree = readJson(file, schemaResources);
        if (!(tree instanceof Loaded.Present<JsonNode> present)) {
            return tree.map(t -> null);
        }
        try {
            return new Loaded.Present<>(file, parsing.binder().treeToValue(present.value(), type));
        } catch (JsonMappingException e) {
            return mismatch(file, file + ": " + pointer(e) + " " + firstLine(e.getOriginalMessage()));
        } catch (IOException | IllegalArgumentException e) {
            return mismatch(file, file + ": " + firstLine(e.getMessage()));
        }
    }

    @Override
    public <T> T bind(JsonNode tree, Class<T> type) {
        return parsing.binder().convertValue(tree, type);
    }

    @Override
    public Loaded<List<String>> readLines(String file) {
        List<String> lines = new ArrayList<>();
        return streamLines(file, lines::add).map(count -> lines);
    }

    @Override
    public Loaded<Long> stream(String file, StreamConsumer consumer) {
        Loaded<Resolved> resolved = resolveFile(file);
        if (!(resolved instanceof Loaded.Present<Resolved> present)) {
            return resolved.map(r -> null);
        }
        if (present.value().size() <= WHOLE_READ_MAX_BYTES) {
            return inMemory(present.value(), bytes -> {
                consumer.accept(new ByteArrayInputStream(bytes));
                return (long) bytes.length;
            });
        }
        MessageDigest sha = sha256();
        long count;
        try (InputStream raw = Files.newInputStream(present.value().real());
             CountingInputStream counting = new CountingInputStream(raw, limits.maxFileBytes());
             DigestInputStream in = new DigestInputStream(counting, sha)) {
            try {
                // The consumer may close what it is given; the digest still needs the rest of the bytes.
                consumer.accept(new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {
                    }
                });
            } catch (Exception e) {
                return mismatch(file, file + ": " + firstLine(e.getMessage()));
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            count = counting.count();
        } catch (CountingInputStream.TooLarge e) {
            return grewOverLimit(file);
        } catch (IOException e) {
            return unreadable(file, e);
        }
        ledger.record(relativeName(present.value().real()), sha.digest(), count);
        return new Loaded.Present<>(file, count);
    }

    @Override
    public Loaded<Long> streamLines(String file, Consumer<String> lineConsumer) {
        Loaded<Resolved> resolved = resolveFile(file);
        if (resolved instanceof Loaded.Present<Resolved> present && present.value().size() <= WHOLE_READ_MAX_BYTES) {
            return inMemory(present.value(), bytes -> TextLines.split(bytes, lineConsumer));
        }
        long[] lines = new long[1];
        Loaded<Long> streamed = stream(file, in -> {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
                String line;
                boolean first = true;
                while ((line = reader.readLine()) != null) {
                    if (first && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    first = false;
                    lines[0]++;
                    lineConsumer.accept(line);
                }
            } catch (CharacterCodingException e) {
                throw new IOException("not valid UTF-8 text (line " + (lines[0] + 1) + ")");
            }
        });
        return streamed.map(bytes -> lines[0]);
    }

    @Override
    public Loaded<List<DirectoryEntry>> list(String directory) {
        return listing(directory).map(listing -> {
            List<DirectoryEntry> entries = new ArrayList<>(listing.names().size());
            for (String name : listing.names()) {
                String rel = directory.isEmpty() ? name : directory + "/" + name;
                Loaded<Located> inside = resolveInside(rel);
                if (inside instanceof Loaded.Present<Located> found) {
                    BasicFileAttributes attributes = found.value().attributes();
                    entries.add(new DirectoryEntry(name, rel, attributes.isDirectory(),
                            attributes.lastModifiedTime().toInstant(), false));
                } else {
                    boolean outside = ((Loaded.Missing<Located>) inside).reason() == MissingReason.OUTSIDE_ROOT;
                    entries.add(new DirectoryEntry(name, rel, false,
                            modified(listing.real().resolve(name), !outside), outside));
                }
            }
            return List.copyOf(entries);
        });
    }

    @Override
    public Loaded<List<String>> names(String directory) {
        return listing(directory).map(Listing::names);
    }

    /** A directory's real path and its entry names, sorted. */
    private record Listing(Path real, List<String> names) {
    }

    private Loaded<Listing> listing(String directory) {
        Loaded<Located> dir = resolveInside(directory);
        if (dir instanceof Loaded.Missing<Located> missing) {
            String detail = directory.isEmpty() ? "the evidence directory " + unit + " cannot be listed ("
                    + missing.reason() + ")" : missing.detail();
            return new Loaded.Missing<>(directory, missing.reason(), detail);
        }
        Located located = ((Loaded.Present<Located>) dir).value();
        String shown = directory.isEmpty() ? "the evidence directory" : directory;
        if (!located.attributes().isDirectory()) {
            return new Loaded.Missing<>(directory, MissingReason.NOT_REGULAR_FILE, shown + " is not a directory");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(located.real())) {
            for (Path child : children) {
                names.add(child.getFileName().toString());
            }
        } catch (IOException | DirectoryIteratorException e) {
            return new Loaded.Missing<>(directory, MissingReason.UNREADABLE, shown + " cannot be listed ("
                    + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")");
        }
        // Sorted by name, so nothing depends on the file system's listing order.
        names.sort(Comparator.naturalOrder());
        return new Loaded.Present<>(directory, new Listing(located.real(), List.copyOf(names)));
    }

    @Override
    public Optional<Instant> lastModified(String file) {
        return resolveInside(file).optional().map(located -> located.attributes().lastModifiedTime().toInstant());
    }

    @Override
    public boolean isFile(String file) {
        return resolveFile(file).isPresent();
    }

    /**
     * The line of a JSON pointer in a file (1 when unknown). Only a check's source needs it, and a soak reads
     * thousands of files no check points into, so lines are located on first request, from a fresh read of a
     * file small enough to be JSON evidence. It is a navigation hint for the IDE, never evidence: that read is not
     * digested, and a file that changed since only moves the cursor.
     */
    int lineOf(String file, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            // The whole file: its first line, without reading it (it may be a soak's 12 MB receipt list).
            return 1;
        }
        JsonPointerLines lines = pointerLines.computeIfAbsent(file, this::locateLines);
        return lines.lineOf(pointer);
    }

    private JsonPointerLines locateLines(String file) {
        Loaded<Resolved> resolved = resolveFile(file);
        if (resolved instanceof Loaded.Present<Resolved> present) {
            try {
                if (Files.size(present.value().real()) <= POINTER_LINES_MAX_BYTES) {
                    return JsonPointerLines.of(parsing, Files.readAllBytes(present.value().real()));
                }
            } catch (IOException unreadable) {
                // Unknown lines: the source points at the file's first line.
            }
        }
        return JsonPointerLines.of(parsing, new byte[0]);
    }

    @Override
    public Loaded<SuiteJudgment> judgeAs(String suiteId, String directory) {
        return judge.judge(this, suiteId, directory);
    }

    Path root() {
        return root;
    }

    EvidenceLedger ledger() {
        return ledger;
    }

    ReadLimits limits() {
        return limits;
    }

    /** A directory of the unit, resolved inside the root (links followed only while they stay inside), or why not. */
    Loaded<Path> directoryInside(String directory) {
        Loaded<Located> located = resolveInside(directory);
        if (!(located instanceof Loaded.Present<Located> present)) {
            return located.map(l -> null);
        }
        if (!present.value().attributes().isDirectory()) {
            return new Loaded.Missing<>(directory, MissingReason.NOT_REGULAR_FILE, directory + " is not a directory");
        }
        return new Loaded.Present<>(directory, present.value().real());
    }

    /** Where a unit-relative file is on disk (for FileSource); not a read. */
    Path locate(String file) {
        return unit.resolve(file).normalize();
    }

    private Loaded<byte[]> readBytes(String file) {
        Loaded<Resolved> resolved = resolveFile(file);
        if (!(resolved instanceof Loaded.Present<Resolved> present)) {
            return resolved.map(r -> null);
        }
        Loaded<byte[]> bytes = readWhole(present.value());
        bytes.optional().ifPresent(content -> record(present.value(), content));
        return bytes;
    }

    /**
     * A whole file's bytes, not yet in the ledger. A file the size its lstat gave is read into one array of that
     * size, then one more read must find its end; a file that changed size since is read again, bounded by
     * {@code proof.max-file-bytes}, so a file that grows while read cannot exhaust memory.
     */
    private Loaded<byte[]> readWhole(Resolved file) {
        try {
            if (file.size() <= WHOLE_READ_MAX_BYTES) {
                Optional<byte[]> exact = readExactly(file.real(), (int) file.size());
                if (exact.isPresent()) {
                    return new Loaded.Present<>(file.name(), exact.get());
                }
            }
            try (InputStream in = new CountingInputStream(Files.newInputStream(file.real()), limits.maxFileBytes())) {
                return new Loaded.Present<>(file.name(), in.readAllBytes());
            }
        } catch (CountingInputStream.TooLarge e) {
            return grewOverLimit(file.name());
        } catch (IOException e) {
            return unreadable(file.name(), e);
        }
    }

    /** The file's bytes if it holds exactly {@code size} bytes now; empty if it changed size. */
    private static Optional<byte[]> readExactly(Path real, int size) throws IOException {
        byte[] bytes = new byte[size];
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return Optional.empty();
                }
            }
            // The end must come now: one byte more means the file grew since it was sized.
            return channel.read(ByteBuffer.allocate(1)) < 0 ? Optional.of(bytes) : Optional.empty();
        }
    }

    /** What is made of a small file's bytes; may refuse them by throwing. */
    @FunctionalInterface
    private interface BytesUse<T> {
        T apply(byte[] bytes) throws Exception;
    }

    /** A small file read whole and handed to {@code use}; recorded in the ledger once {@code use} accepted it. */
    private <T> Loaded<T> inMemory(Resolved file, BytesUse<T> use) {
        Loaded<byte[]> whole = readWhole(file);
        if (!(whole instanceof Loaded.Present<byte[]> bytes)) {
            return whole.map(b -> null);
        }
        T value;
        try {
            value = use.apply(bytes.value());
        } catch (Exception e) {
            return mismatch(file.name(), file.name() + ": " + firstLine(e.getMessage()));
        }
        record(file, bytes.value());
        return new Loaded.Present<>(file.name(), value);
    }

    private void record(Resolved file, byte[] content) {
        ledger.record(relativeName(file.real()), sha256().digest(content), content.length);
    }

    private <T> Loaded<T> grewOverLimit(String file) {
        return mismatch(file, file + " grew over the limit of " + limits.maxFileBytes() + " bytes while being read");
    }

    /**
     * The ledger names files relative to the unit where possible, else to the root. By string: the real path
     * starts with one of them (confinement made sure), and {@code Path.relativize} costs more than the read of
     * a small file.
     */
    private String relativeName(Path real) {
        String path = real.toString();
        String base = real.startsWith(unit) ? unitPrefix : rootPrefix;
        String relative = path.length() > base.length() ? path.substring(base.length()) : "";
        return java.io.File.separatorChar == '/' ? relative : relative.replace(java.io.File.separatorChar, '/');
    }

    private static Instant modified(Path path, boolean followLinks) {
        try {
            return followLinks ? Files.getLastModifiedTime(path).toInstant()
                    : Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? JsonParsing.escape(ref.getFieldName()) : ref.getIndex());
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static <T> Loaded<T> mismatch(String file, String detail) {
        return new Loaded.Missing<>(file, MissingReason.SCHEMA_MISMATCH, detail);
    }

    private static <T> Loaded<T> unreadable(String file, IOException e) {
        return new Loaded.Missing<>(file, MissingReason.UNREADABLE,
                file + " cannot be read (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

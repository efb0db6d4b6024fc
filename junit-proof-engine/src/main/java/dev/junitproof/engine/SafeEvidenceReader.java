package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.engine.RootConfinement.Resolved;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.junitproof.engine.LoadedFailures.firstLine;
import static dev.junitproof.engine.LoadedFailures.mismatch;

/**
 * The engine's {@link EvidenceReader}: every path is confined to the evidence root ({@link RootConfinement}), every
 * file read is bounded and digested into the run's ledger ({@link DigestingReads}), text is strict UTF-8
 * ({@link Utf8Text}), JSON is parsed within limits and validated against the suite's schemas
 * ({@link SchemaValidation}); listings ({@link DirectoryListings}) and sources' lines ({@link PointerLineIndex})
 * go through the same confinement.
 */
final class SafeEvidenceReader implements EvidenceReader {

    private final RootConfinement confinement;
    private final DigestingReads reads;
    private final DirectoryListings listings;
    private final PointerLineIndex lines;
    private final JsonParsing parsing;
    private final ReadLimits limits;
    private final EvidenceLedger ledger;
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
        this.confinement = new RootConfinement(root, unit, limits);
        this.reads = new DigestingReads(root, unit, limits, ledger);
        this.listings = new DirectoryListings(confinement);
        this.parsing = JsonParsing.forLimits(limits);
        this.lines = new PointerLineIndex(confinement, parsing);
        this.limits = limits;
        this.ledger = ledger;
        this.judge = judge;
    }

    @Override
    public Path unitDirectory() {
        return confinement.unit();
    }

    @Override
    public Loaded<JsonNode> readJson(String file, String... schemaResources) {
        Loaded<byte[]> bytes = bytes(file);
        if (!(bytes instanceof Loaded.Present<byte[]> present)) {
            return bytes.map(b -> null);
        }
        String text;
        try {
            text = Utf8Text.decode(Utf8Text.withoutBom(present.value()));
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
        List<String> read = new ArrayList<>();
        return streamLines(file, read::add).map(count -> read);
    }

    @Override
    public Loaded<Long> stream(String file, StreamConsumer consumer) {
        Loaded<Resolved> resolved = confinement.file(file);
        if (!(resolved instanceof Loaded.Present<Resolved> present)) {
            return resolved.map(r -> null);
        }
        return reads.stream(present.value(), consumer);
    }

    @Override
    public Loaded<Long> streamLines(String file, Consumer<String> lineConsumer) {
        Loaded<Resolved> resolved = confinement.file(file);
        if (!(resolved instanceof Loaded.Present<Resolved> present)) {
            return resolved.map(r -> null);
        }
        if (present.value().size() <= DigestingReads.WHOLE_READ_MAX_BYTES) {
            return reads.inMemory(present.value(), bytes -> TextLines.split(bytes, lineConsumer));
        }
        long[] count = new long[1];
        return reads.stream(present.value(), in -> count[0] = Utf8Text.lines(in, lineConsumer)).map(bytes -> count[0]);
    }

    @Override
    public Loaded<List<DirectoryEntry>> list(String directory) {
        return listings.entries(directory);
    }

    @Override
    public Loaded<List<String>> names(String directory) {
        return listings.listing(directory).map(DirectoryListings.Listing::names);
    }

    @Override
    public Optional<Instant> lastModified(String file) {
        return confinement.inside(file).optional().map(located -> located.attributes().lastModifiedTime().toInstant());
    }

    @Override
    public boolean isFile(String file) {
        return confinement.file(file).isPresent();
    }

    @Override
    public void progress(String work, long done, long total) {
        ReadProgress.report(String.valueOf(confinement.unit().getFileName()), work, done, total);
    }

    @Override
    public Loaded<SuiteJudgment> judgeAs(String suiteId, String directory) {
        return judge.judge(this, suiteId, directory);
    }

    /** The line of a JSON pointer in a file (1 when unknown), for a check's source. */
    int lineOf(String file, String pointer) {
        return lines.lineOf(file, pointer);
    }

    /** Where a unit-relative file is on disk (for FileSource); not a read. */
    Path locate(String file) {
        return confinement.unit().resolve(file).normalize();
    }

    /** A directory of the unit, resolved inside the root, or why not. */
    Loaded<Path> directoryInside(String directory) {
        return confinement.directory(directory);
    }

    Path root() {
        return confinement.root();
    }

    EvidenceLedger ledger() {
        return ledger;
    }

    ReadLimits limits() {
        return limits;
    }

    private Loaded<byte[]> bytes(String file) {
        Loaded<Resolved> resolved = confinement.file(file);
        if (!(resolved instanceof Loaded.Present<Resolved> present)) {
            return resolved.map(r -> null);
        }
        return reads.bytes(present.value());
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? JsonParsing.escape(ref.getFieldName()) : ref.getIndex());
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}

package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.engine.Judgments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A bare file-system {@link EvidenceReader} (no schemas, no confinement) for calling VAL24's evaluation the way
 * another suite would, outside the engine, and for the suites' chart tests, which read the fixtures into the
 * suites' evidence models. The engine's own reader is exercised by the end-to-end tests.
 */
public final class PlainEvidenceReader implements EvidenceReader {

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path unit;

    public PlainEvidenceReader(Path unit) {
        this.unit = unit;
    }

    public Path unitDirectory() {
        return unit;
    }

    public Loaded<JsonNode> readJson(String file, String... schemaResources) {
        Path path = unit.resolve(file);
        if (!Files.isRegularFile(path)) {
            return new Loaded.Missing<>(file, Loaded.MissingReason.NOT_FOUND, file + " not found");
        }
        try {
            return new Loaded.Present<>(file, BINDER.readTree(path.toFile()));
        } catch (IOException e) {
            return new Loaded.Missing<>(file, Loaded.MissingReason.SCHEMA_MISMATCH, file + ": " + e.getMessage());
        }
    }

    public <T> Loaded<T> readJson(Class<T> type, String file, String... schemaResources) {
        Loaded<JsonNode> tree = readJson(file, schemaResources);
        return tree.isPresent() ? tree.map(t -> bind(t, type)) : tree.map(t -> null);
    }

    public <T> T bind(JsonNode tree, Class<T> type) {
        return BINDER.convertValue(tree, type);
    }

    public Loaded<List<String>> readLines(String file) {
        List<String> lines = new ArrayList<>();
        return streamLines(file, lines::add).map(n -> lines);
    }

    public Loaded<Long> stream(String file, StreamConsumer consumer) {
        Path path = unit.resolve(file);
        if (!Files.isRegularFile(path)) {
            return new Loaded.Missing<>(file, Loaded.MissingReason.NOT_FOUND, file + " not found");
        }
        try (InputStream in = Files.newInputStream(path)) {
            consumer.accept(in);
            return new Loaded.Present<>(file, Files.size(path));
        } catch (Exception e) {
            return new Loaded.Missing<>(file, Loaded.MissingReason.SCHEMA_MISMATCH, file + ": " + e.getMessage());
        }
    }

    public Loaded<Long> streamLines(String file, Consumer<String> line) {
        Path path = unit.resolve(file);
        if (!Files.isRegularFile(path)) {
            return new Loaded.Missing<>(file, Loaded.MissingReason.NOT_FOUND, file + " not found");
        }
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            lines.forEach(line);
            return new Loaded.Present<>(file, (long) lines.size());
        } catch (IOException e) {
            return new Loaded.Missing<>(file, Loaded.MissingReason.UNREADABLE, file + ": " + e.getMessage());
        }
    }

    public Loaded<List<DirectoryEntry>> list(String directory) {
        return names(directory).map(names -> names.stream()
                .map(name -> unit.resolve(directory).resolve(name))
                .map(p -> new DirectoryEntry(p.getFileName().toString(), unit.relativize(p).toString(),
                        Files.isDirectory(p), Instant.EPOCH, false))
                .toList());
    }

    public Loaded<List<String>> names(String directory) {
        Path dir = unit.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return new Loaded.Missing<>(directory, Loaded.MissingReason.NOT_FOUND, directory + " not found");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return new Loaded.Present<>(directory, children.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            return new Loaded.Missing<>(directory, Loaded.MissingReason.UNREADABLE, directory + ": " + e.getMessage());
        }
    }

    public Optional<Instant> lastModified(String file) {
        return Files.exists(unit.resolve(file)) ? Optional.of(Instant.EPOCH) : Optional.empty();
    }

    public boolean isFile(String file) {
        return Files.isRegularFile(unit.resolve(file));
    }

    /** Another suite's judgment, by the engine's evaluator, over the directory as an evidence unit of this root. */
    @Override
    public Loaded<SuiteJudgment> judgeAs(String suiteId, String directory) {
        for (ProofSuite suite : java.util.ServiceLoader.load(ProofSuite.class)) {
            if (suite.id().equals(suiteId)) {
                Path judged = unit.resolve(directory);
                if (!Files.isDirectory(judged)) {
                    return new Loaded.Missing<>(directory, Loaded.MissingReason.NOT_FOUND, directory + " not found");
                }
                return new Loaded.Present<>(directory, Judgments.judge(suite, unit, judged,
                        key -> key.equals("proof.clock") ? Optional.of("2026-03-23T12:00:00Z") : Optional.empty()));
            }
        }
        return new Loaded.Missing<>(directory, Loaded.MissingReason.NOT_FOUND, "no suite " + suiteId);
    }
}

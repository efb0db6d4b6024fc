package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seam to the VAL24 suite: a soak with {@code rounds/} and no report file is handed to a
 * {@link SoakEvaluation}. Not wired, it is in progress; wired, its evaluation decides; if it throws, the soak is
 * MISSING with the reason, and VAL27 still runs.
 */
class SoakEvaluationSeamTest {

    @Test
    void notWiredTheSoakIsInProgress(@TempDir Path tmp) {
        Soak soak = find(tmp, SoakEvaluation.NOT_WIRED);

        assertThat(soak.gate().standing()).isEqualTo(SoakGate.Standing.PENDING);
        assertThat(soak.gate().reason()).isEqualTo("soak in progress: no VAL24 report yet");
    }

    @Test
    void aWiredEvaluationDecidesAndTheReportSaysSo(@TempDir Path tmp) {
        Val24Report passing = bind(SoakFixture.finalPass().document());
        String[] asked = new String[1];
        Soak soak = find(tmp, (reader, dir) -> {
            asked[0] = dir;
            return SoakEvidence.evaluated(passing);
        });

        assertThat(asked[0]).isEqualTo("val24-relay-soak-2026-03-01");
        assertThat(soak.gate().standing()).isEqualTo(SoakGate.Standing.PASS);
        assertThat(soak.gate().reason()).contains(SoakEvidence.EVALUATED_SOURCE);
        assertThat(soak.reportPath()).isEmpty();
    }

    @Test
    void anEvaluationThatThrowsMakesTheSoakMissing(@TempDir Path tmp) {
        Soak soak = find(tmp, (reader, dir) -> {
            throw new IllegalStateException("round r000002 unreadable");
        });

        assertThat(soak.gate().standing()).isEqualTo(SoakGate.Standing.MISSING);
        assertThat(soak.gate().reason()).contains("the VAL24 evaluation failed").contains("round r000002 unreadable");
    }

    private static Soak find(Path tmp, SoakEvaluation evaluation) {
        SoakFixture.roundsOnly().writeTo(tmp);
        DirectoryReader reader = new DirectoryReader(tmp);
        return SoakDiscovery.find(reader, reader.list("").optional().orElseThrow(), evaluation);
    }

    /** Binds the fixture's snake_case document as the engine does, standing in for VAL24's own evaluation. */
    private static Val24Report bind(JsonNode document) {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .convertValue(document, Val24Report.class);
    }

    /** Just enough of a reader for discovery: listings of a plain directory. Reading anything else is not expected. */
    private record DirectoryReader(Path root) implements EvidenceReader {

        public Path unitDirectory() {
            return root;
        }

        public Loaded<List<DirectoryEntry>> list(String directory) {
            Path dir = directory.isEmpty() ? root : root.resolve(directory);
            if (!Files.isDirectory(dir)) {
                return new Loaded.Missing<>(directory, Loaded.MissingReason.NOT_FOUND, directory + " not found");
            }
            try (Stream<Path> children = Files.list(dir)) {
                return new Loaded.Present<>(directory, children.sorted().map(p -> new DirectoryEntry(
                        p.getFileName().toString(), root.relativize(p).toString(), Files.isDirectory(p), modified(p),
                        false)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Loaded<List<String>> names(String directory) {
            return list(directory).map(entries -> entries.stream().map(DirectoryEntry::name).toList());
        }

        private static Instant modified(Path p) {
            try {
                return Files.getLastModifiedTime(p).toInstant();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Loaded<JsonNode> readJson(String file, String... schemaResources) {
            throw new UnsupportedOperationException(file);
        }

        public <T> Loaded<T> readJson(Class<T> type, String file, String... schemaResources) {
            throw new UnsupportedOperationException(file);
        }

        public <T> T bind(JsonNode tree, Class<T> type) {
            throw new UnsupportedOperationException();
        }

        public Loaded<List<String>> readLines(String file) {
            throw new UnsupportedOperationException(file);
        }

        public Loaded<Long> stream(String file, StreamConsumer consumer) {
            throw new UnsupportedOperationException(file);
        }

        public Loaded<Long> streamLines(String file, Consumer<String> line) {
            throw new UnsupportedOperationException(file);
        }

        public Optional<Instant> lastModified(String file) {
            throw new UnsupportedOperationException(file);
        }

        public boolean isFile(String file) {
            throw new UnsupportedOperationException(file);
        }
    }
}

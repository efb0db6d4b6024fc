package dev.junitproof.suites.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.testing.ProofRunResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared vocabulary of the hostile-evidence corpus: byte-level damage to a report file that a fixture
 * generator wrote, special files in a report's place, and a walk over a schema's required fields.
 */
public final class Hostile {

    private Hostile() {
    }

    /** Damage done to one evidence file after the fixture wrote it. */
    @FunctionalInterface
    public interface Damage {
        void apply(Path file) throws Exception;
    }

    /** A damage with the expected detail (substring of the file's MISSING message after the file name). */
    public record Kind(String name, Damage damage, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A required field, by JSON pointer, and the JSON type the schema demands. */
    public record Field(String pointer, String type) {
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void replaceFirstNumber(Path file, String with) throws IOException {
        // The first numeric value after a colon: a field the schema requires to be a finite number.
        String json = text(file);
        String replaced = json.replaceFirst("\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)", "\": " + with);
        assertThat(replaced).isNotEqualTo(json);
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
    }

    /** The byte- and text-level kinds of damage every suite's corpus applies to one report. */
    public static List<Kind> byteLevel() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("empty file", f -> Files.write(f, new byte[0]), " is empty"));
        kinds.add(new Kind("truncated JSON", f -> {
            String t = text(f);
            Files.writeString(f, t.substring(0, t.length() / 2));
        }, ": not valid JSON"));
        kinds.add(new Kind("trailing garbage", f -> Files.writeString(f, text(f) + "} garbage"), ": not valid JSON"));
        kinds.add(new Kind("UTF-16", f -> Files.write(f, text(f).getBytes(StandardCharsets.UTF_16)), " is not valid UTF-8 text"));
        kinds.add(new Kind("invalid UTF-8", f -> {
            byte[] b = text(f).getBytes(StandardCharsets.UTF_8);
            int quote = new String(b, StandardCharsets.ISO_8859_1).indexOf("\":") + 2;
            byte[] out = new byte[b.length + 4];
            System.arraycopy(b, 0, out, 0, quote);
            out[quote] = ' ';
            out[quote + 1] = '"';
            out[quote + 2] = (byte) 0xC3;
            out[quote + 3] = (byte) 0x28;
            System.arraycopy(b, quote, out, quote + 4, b.length - quote);
            Files.write(f, out);
        }, " is not valid UTF-8 text"));
        kinds.add(new Kind("NaN", f -> replaceFirstNumber(f, "NaN"), ": not valid JSON"));
        kinds.add(new Kind("Infinity", f -> replaceFirstNumber(f, "Infinity"), ": not valid JSON"));
        kinds.add(new Kind("-Infinity", f -> replaceFirstNumber(f, "-Infinity"), ": not valid JSON"));
        kinds.add(new Kind("1e400", f -> replaceFirstNumber(f, "1e400"), " is a number that does not fit a double"));
        kinds.add(new Kind("duplicated key", f -> Files.writeString(f, text(f).replaceFirst("\\{", "{\"dup\": 1, \"dup\": 2,")),
                "Duplicate field 'dup'"));
        kinds.add(new Kind("100,000-deep nesting", f -> Files.writeString(f,
                text(f).replaceFirst("\\{", "{\"deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + ",")),
                "nesting depth"));
        kinds.add(new Kind("top level an array", f -> Files.writeString(f, "[" + text(f) + "]"),
                ": the top level must be a JSON object, found array"));
        kinds.add(new Kind("a directory in its place", f -> {
            Files.delete(f);
            Files.createDirectory(f);
        }, " is a directory"));
        kinds.add(new Kind("a FIFO in its place", f -> {
            Files.delete(f);
            mkfifo(f);
        }, "not a regular file"));
        kinds.add(new Kind("unreadable (chmod 000)", f -> {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
            assumeTrue(!Files.isReadable(f), "the file is unreadable (not so for root)");
        }, ""));
        kinds.add(new Kind("a symlink loop", f -> {
            Files.delete(f);
            Path other = f.resolveSibling(f.getFileName() + ".loop");
            Files.createSymbolicLink(f, other);
            Files.createSymbolicLink(other, f);
        }, "a link that resolves to nothing"));
        kinds.add(new Kind("a link leaving the evidence root (file)", f -> {
            Path outside = outsideRoot(f).resolve(f.getFileName());
            Files.createDirectories(outside.getParent());
            Files.move(f, outside);
            Files.createSymbolicLink(f, outside);
        }, "is a link that leaves the evidence root"));
        return kinds;
    }

    /** A directory beside the evidence root (the fixtures write {@code <tmp>/evidence/<unit>/...}). */
    public static Path outsideRoot(Path evidenceFile) {
        Path p = evidenceFile.toAbsolutePath();
        while (p.getFileName() != null && !p.getFileName().toString().equals("evidence")) {
            p = p.getParent();
        }
        return p.resolveSibling("outside");
    }

    public static void mkfifo(Path f) throws Exception {
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", f.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            made = false;
        }
        assumeTrue(made, "mkfifo is available");
    }

    /** A value of another JSON type than the one the schema demands. */
    public static Object wrongType(String type) {
        return switch (type) {
            case "string" -> 42;
            case "object", "array", "integer", "number", "boolean" -> "x";
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** Every required field a schema resource names, with {@code $ref}s to its definitions followed; arrays by item 0. */
    public static List<Field> requiredFields(String... schemaResources) {
        List<Field> fields = new ArrayList<>();
        for (String resource : schemaResources) {
            JsonNode schema = schema(resource);
            walk(schema, schema, "", fields);
        }
        return fields;
    }

    private static void walk(JsonNode root, JsonNode node, String pointer, List<Field> out) {
        node = resolve(root, node);
        if (node.has("items") && node.path("items").isObject()) {
            walk(root, node.path("items"), pointer + "/0", out);
        }
        JsonNode properties = node.path("properties");
        for (JsonNode required : node.path("required")) {
            String name = required.asText();
            JsonNode property = resolve(root, properties.path(name));
            String type = property.path("type").isTextual() ? property.path("type").asText() : null;
            String child = pointer + "/" + name;
            if (type != null) {
                out.add(new Field(child, type));
            }
            walk(root, property, child, out);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        while (node.has("$ref")) {
            node = root.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = Hostile.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run completed: each named report file exists and is complete JSON or non-empty text. */
    public static void reportsWritten(ProofRunResult run, String unit, String... files) {
        for (String file : files) {
            String content = run.report(unit, file);
            assertThat(content).as(file).isNotBlank();
            if (file.endsWith(".json")) {
                try {
                    new ObjectMapper().readTree(content);
                } catch (IOException e) {
                    throw new AssertionError(file + " is not complete JSON", e);
                }
            }
        }
    }

    public static Stream<Path> files(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Iterator<Path> it = s.iterator(); it.hasNext(); ) {
                all.add(it.next());
            }
        }
        return all.stream();
    }
}

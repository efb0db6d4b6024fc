package dev.junitproof.testing.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of an evidence root as values: JSON files as trees, every other file as bytes, each with the
 * modification time it had (some suites judge modification times). Immutable; a mutation returns a new set that
 * shares every file it did not change, so a run rewrites only the files a mutation touched.
 */
public final class EvidenceSet {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One file: a JSON tree or raw bytes, and its modification time. */
    record Entry(JsonNode json, byte[] bytes, FileTime modified) {
        byte[] content() {
            if (json == null) {
                return bytes;
            }
            try {
                return JSON.writeValueAsBytes(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, Entry> files;
    private final Map<String, FileTime> directories;

    private EvidenceSet(Map<String, Entry> files, Map<String, FileTime> directories) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.directories = Collections.unmodifiableMap(new TreeMap<>(directories));
    }

    /** Every file under {@code root} (as a fixture wrote it), by path relative to the root with {@code /}. */
    public static EvidenceSet read(Path root) {
        Map<String, Entry> files = new TreeMap<>();
        Map<String, FileTime> directories = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    directories.put(name, Files.getLastModifiedTime(path));
                } else if (Files.isRegularFile(path)) {
                    byte[] bytes = Files.readAllBytes(path);
                    JsonNode json = name.endsWith(".json") ? parse(bytes) : null;
                    files.put(name, new Entry(json, json == null ? bytes : null, Files.getLastModifiedTime(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvidenceSet(files, directories);
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The JSON files, by path. */
    public List<String> jsonFiles() {
        return files.entrySet().stream().filter(e -> e.getValue().json() != null).map(Map.Entry::getKey).toList();
    }

    public List<String> allFiles() {
        return List.copyOf(files.keySet());
    }

    /** A copy of a JSON file's tree, to change. */
    public JsonNode json(String file) {
        Entry entry = files.get(file);
        if (entry == null || entry.json() == null) {
            throw new IllegalArgumentException("no JSON file " + file + " in " + files.keySet());
        }
        return entry.json().deepCopy();
    }

    public String text(String file) {
        Entry entry = files.get(file);
        if (entry == null) {
            throw new IllegalArgumentException("no file " + file);
        }
        return new String(entry.content(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean has(String file) {
        return files.containsKey(file);
    }

    public EvidenceSet withJson(String file, JsonNode tree) {
        return with(file, new Entry(tree, null, modified(file)));
    }

    public EvidenceSet withText(String file, String text) {
        return with(file, new Entry(null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), modified(file)));
    }

    public EvidenceSet without(String file) {
        Map<String, Entry> changed = new TreeMap<>(files);
        changed.remove(file);
        return new EvidenceSet(changed, directories);
    }

    private FileTime modified(String file) {
        Entry entry = files.get(file);
        return entry != null ? entry.modified() : FileTime.fromMillis(0);
    }

    private EvidenceSet with(String file, Entry entry) {
        Map<String, Entry> changed = new TreeMap<>(files);
        changed.put(file, entry);
        return new EvidenceSet(changed, directories);
    }

    /** Writes every file under {@code root} with its modification time, then every directory's. */
    public void writeTo(Path root) {
        files.keySet().forEach(name -> write(root, name));
        restoreDirectoryTimes(root);
    }

    /**
     * Turns {@code root}, which holds {@code current}, into this set: only files that differ are written or
     * deleted, and every time is put back as recorded, so nothing but the mutation itself changes.
     */
    void rewrite(Path root, EvidenceSet current) {
        for (String name : current.files.keySet()) {
            if (!files.containsKey(name)) {
                delete(root.resolve(name));
            }
        }
        for (Map.Entry<String, Entry> file : files.entrySet()) {
            if (!Objects.equals(current.files.get(file.getKey()), file.getValue())) {
                write(root, file.getKey());
            }
        }
        restoreDirectoryTimes(root);
    }

    private void write(Path root, String name) {
        Path target = root.resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, files.get(name).content());
            Files.setLastModifiedTime(target, files.get(name).modified());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void restoreDirectoryTimes(Path root) {
        List<String> deepestFirst = new ArrayList<>(directories.keySet());
        Collections.reverse(deepestFirst);
        for (String dir : deepestFirst) {
            Path path = dir.isEmpty() ? root : root.resolve(dir);
            try {
                if (Files.isDirectory(path)) {
                    Files.setLastModifiedTime(path, directories.get(dir));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.suite.Loaded.MissingReason;
import dev.junitproof.api.suite.Loaded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a path of the evidence unit really is, and whether it may be read: inside the evidence root (links are
 * followed only while they stay inside), a regular file (never a FIFO or device, so a read can never hang), within
 * the size limit. Every read starts here, with an lstat before any open.
 */
final class RootConfinement {

    /** A file that resolved safely: its name relative to the unit, its real path, its size when resolved. */
    record Resolved(String name, Path real, long size) {
    }

    /** A path that resolved inside the root: its real path and the attributes of what it names (links followed). */
    record Located(Path real, BasicFileAttributes attributes) {
    }

    private final Path root;
    private final Path unit;
    private final ReadLimits limits;
    private final Map<Path, Path> realDirectories = new ConcurrentHashMap<>();

    /** @param root the confinement boundary and {@code unit} inside it, both real paths */
    RootConfinement(Path root, Path unit, ReadLimits limits) {
        this.root = root;
        this.unit = unit;
        this.limits = limits;
    }

    Path root() {
        return root;
    }

    Path unit() {
        return unit;
    }

    /** A regular file of the unit within the size limit, or why it is not read. */
    Loaded<Resolved> file(String file) {
        Loaded<Located> located = inside(file);
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

    /** A directory of the unit, resolved inside the root, or why not. */
    Loaded<Path> directory(String directory) {
        Loaded<Located> located = inside(directory);
        if (!(located instanceof Loaded.Present<Located> present)) {
            return located.map(l -> null);
        }
        if (!present.value().attributes().isDirectory()) {
            return new Loaded.Missing<>(directory, MissingReason.NOT_REGULAR_FILE, directory + " is not a directory");
        }
        return new Loaded.Present<>(directory, present.value().real());
    }

    /**
     * Resolves a path of the unit, following links only while they stay inside the root. A soak has thousands of
     * files in a few directories, so directories' real paths are resolved once; a file that is not itself a link
     * then costs one lstat, whose attributes are all a read or a listing needs. Links take the full resolution.
     */
    Loaded<Located> inside(String file) {
        Path lexical = unit.resolve(file).normalize();
        if (!lexical.startsWith(root)) {
            return new Loaded.Missing<>(file, MissingReason.OUTSIDE_ROOT, file + " is outside the evidence root " + root);
        }
        Optional<Located> fast = throughKnownDirectory(lexical);
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
    private Optional<Located> throughKnownDirectory(Path lexical) {
        Path parent = lexical.getParent();
        if (parent == null || lexical.equals(root)) {
            return Optional.empty();
        }
        Path realParent = realDirectories.computeIfAbsent(parent, RootConfinement::realPathOrNull);
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
}

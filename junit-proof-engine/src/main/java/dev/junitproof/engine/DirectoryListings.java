package dev.junitproof.engine;

import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.Loaded.MissingReason;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.engine.RootConfinement.Located;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of a unit's directories, sorted by name so nothing depends on the file system's listing order, each
 * confined like a read: an entry that is a link leaving the root is listed as such, never followed.
 */
final class DirectoryListings {

    /** A directory's real path and its entry names, sorted. */
    record Listing(Path real, List<String> names) {
    }

    private final RootConfinement confinement;

    DirectoryListings(RootConfinement confinement) {
        this.confinement = confinement;
    }

    Loaded<List<DirectoryEntry>> entries(String directory) {
        return listing(directory).map(listing -> {
            List<DirectoryEntry> entries = new ArrayList<>(listing.names().size());
            for (String name : listing.names()) {
                String rel = directory.isEmpty() ? name : directory + "/" + name;
                Loaded<Located> inside = confinement.inside(rel);
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

    Loaded<Listing> listing(String directory) {
        Loaded<Located> dir = confinement.inside(directory);
        if (dir instanceof Loaded.Missing<Located> missing) {
            String detail = directory.isEmpty() ? "the evidence directory " + confinement.unit() + " cannot be listed ("
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
                    + e.getClass().getSimpleName() + ": " + LoadedFailures.firstLine(e.getMessage()) + ")");
        }
        names.sort(Comparator.naturalOrder());
        return new Loaded.Present<>(directory, new Listing(located.real(), List.copyOf(names)));
    }

    private static Instant modified(Path path, boolean followLinks) {
        try {
            return followLinks ? Files.getLastModifiedTime(path).toInstant()
                    : Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}

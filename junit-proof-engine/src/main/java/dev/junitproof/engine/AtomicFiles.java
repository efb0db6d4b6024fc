package dev.junitproof.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a report so that readers see the previous complete file or the new complete file, never a torn one:
 * write a temp file in the same directory, force it to disk, then rename over the target.
 */
final class AtomicFiles {

    /**
     * Temp names need only be unique among this process's writers (other processes differ by pid), so a counter
     * does; {@code Files.createTempFile} draws each name from {@code SecureRandom}, the costliest step of a write
     * when a run over a thousand evidence units writes thousands of reports.
     */
    private static final AtomicLong TEMP_NAMES = new AtomicLong();
    private static final String PID = Long.toString(ProcessHandle.current().pid());
    /** {@code .<target name>.<pid>.<n>.tmp}: the only names {@link #removeStaleTemps} deletes. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.(\\d+)\\.\\d+\\.tmp");

    private AtomicFiles() {
    }

    /** Writes a file's content to a stream it must not close; large content need not be held in memory. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        Path temp = stage(target, content);
        boolean moved = false;
        try {
            place(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes the content to a fresh temp file beside {@code target} and forces it to disk; returns the temp file. */
    private static Path stage(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        boolean written = false;
        try {
            FileChannel channel = null;
            // CREATE_NEW: never write through a file (or link) already at the temp name, e.g. one left behind by a
            // killed process whose pid this one reuses; then the next name is tried.
            for (int attempt = 0; channel == null; attempt++) {
                temp = dir.resolve("." + target.getFileName() + "." + PID + "." + TEMP_NAMES.incrementAndGet() + ".tmp");
                try {
                    channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException taken) {
                    temp = null;
                    if (attempt == 100) {
                        throw taken;
                    }
                }
            }
            try (FileChannel open = channel;
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(open), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                open.force(true);
            }
            written = true;
            return temp;
        } finally {
            if (!written && temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void place(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Replaces a set of files in one directory whole or not at all, as far as a file system allows: every file is
     * written to its temp file and forced first; only when all are on disk are they moved into place, one rename
     * each. A failure while writing (a full disk) deletes the temps and leaves the previous set untouched.
     *
     * @param files  file names in {@code directory} and their content, moved in this order
     * @param remove names to delete once the set is in place (a file of the old set this set no longer has)
     */
    static void writeSet(Path directory, Map<String, Content> files, List<String> remove) throws IOException {
        Path dir = directory.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        removeStaleTemps(dir);
        for (String name : files.keySet()) {
            // A directory (or anything else) where a report goes would fail its move after others had moved.
            Path target = dir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "not a regular file; the set is not replaced");
            }
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        boolean placed = false;
        try {
            for (Map.Entry<String, Content> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                staged.put(stage(target, file.getValue()), target);
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                place(move.getKey(), move.getValue());
            }
            placed = true;
        } finally {
            if (!placed) {
                for (Path temp : staged.keySet()) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        for (String name : remove) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    /**
     * Deletes temp files that a killed run of this engine left in a directory: only names this class makes
     * ({@code .<name>.<pid>.<n>.tmp}), and only those of a process that is no longer alive, so another run
     * writing to the same directory at the same time keeps its own.
     */
    static void removeStaleTemps(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path entry : entries) {
                Matcher temp = TEMP_NAME.matcher(entry.getFileName().toString());
                if (temp.matches() && !temp.group(1).equals(PID)
                        && !ProcessHandle.of(Long.parseLong(temp.group(1))).map(ProcessHandle::isAlive).orElse(false)
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy: a directory that cannot be listed fails the write itself, with its reason.
        }
    }
}

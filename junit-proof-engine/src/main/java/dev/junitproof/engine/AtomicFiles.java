package dev.junitproof.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

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
        Path temp = null;
        boolean moved = false;
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
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved && temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}

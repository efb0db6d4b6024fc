package dev.junitproof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor under every whole-process figure in docs/performance.md: what only the engine's per-file guarantees cost.
 * It lists the evidence directory, then on two threads {@code lstat}s, opens, reads and SHA-256-digests every regular
 * file, and prints the file count, bytes and a digest over the digests (so the work cannot be skipped). It parses and
 * judges nothing: the distance from it to a proof run is the product's own work.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.junitproof.bench.FloorRead DIR</pre>
 */
public final class FloorRead {

    private static final int THREADS = 2;

    private FloorRead() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FloorRead DIR");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<byte[]>> digests = new ArrayList<>(files.size());
        AtomicLong bytes = new AtomicLong();
        for (Path file : files) {
            digests.add(pool.submit(() -> digest(file, bytes)));
        }
        MessageDigest all = sha256();
        int regular = 0;
        for (Future<byte[]> digest : digests) {
            byte[] d = digest.get();
            if (d.length > 0) {
                all.update(d);
                regular++;
            }
        }
        pool.shutdown();
        System.out.println(regular + " files, " + bytes.get() + " bytes, " + HexFormat.of().formatHex(all.digest()));
    }

    /** The digest of a regular file, read whole after its lstat; empty for anything else. */
    private static byte[] digest(Path file, AtomicLong bytes) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return new byte[0];
            }
            MessageDigest sha = sha256();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, attributes.size()));
                while (channel.read(buffer) > 0) {
                    buffer.flip();
                    sha.update(buffer);
                    buffer.clear();
                }
            }
            bytes.addAndGet(attributes.size());
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

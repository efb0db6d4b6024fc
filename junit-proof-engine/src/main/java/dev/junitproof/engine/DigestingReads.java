package dev.junitproof.engine;

import dev.junitproof.api.suite.EvidenceReader.StreamConsumer;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.engine.RootConfinement.Resolved;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Reads resolved files, bounded by {@code proof.max-file-bytes}, and records each in the run's ledger with its
 * SHA-256 and size, digested from the very bytes the suite gets (no second pass over the file). A file read for
 * nothing (a consumer that refuses it) is not recorded.
 */
final class DigestingReads {

    /**
     * Files up to this size are read whole into one array of their size, then digested, decoded or handed to a
     * consumer from memory; larger ones are streamed. A soak's round files are a few hundred bytes each, and
     * tens of thousands of them: per file, stream wrappers and their 8 KiB buffers cost more than the read.
     */
    static final long WHOLE_READ_MAX_BYTES = 1L << 20;

    /** What is made of a small file's bytes; may refuse them by throwing. */
    @FunctionalInterface
    interface BytesUse<T> {
        T apply(byte[] bytes) throws Exception;
    }

    private final ReadLimits limits;
    private final EvidenceLedger ledger;
    private final Path unit;
    private final String unitPrefix;
    private final String rootPrefix;

    DigestingReads(Path root, Path unit, ReadLimits limits, EvidenceLedger ledger) {
        this.limits = limits;
        this.ledger = ledger;
        this.unit = unit;
        this.unitPrefix = prefix(unit);
        this.rootPrefix = prefix(root);
    }

    /** A directory's path as the start of its entries' paths: with its trailing separator. */
    private static String prefix(Path directory) {
        String path = directory.toString();
        return path.endsWith(java.io.File.separator) ? path : path + java.io.File.separator;
    }

    /** The whole file, recorded. */
    Loaded<byte[]> bytes(Resolved file) {
        Loaded<byte[]> bytes = readWhole(file);
        bytes.optional().ifPresent(content -> record(file, content));
        return bytes;
    }

    /** A small file read whole and handed to {@code use}; recorded in the ledger once {@code use} accepted it. */
    <T> Loaded<T> inMemory(Resolved file, BytesUse<T> use) {
        Loaded<byte[]> whole = readWhole(file);
        if (!(whole instanceof Loaded.Present<byte[]> bytes)) {
            return whole.map(b -> null);
        }
        T value;
        try {
            value = use.apply(bytes.value());
        } catch (Exception e) {
            return LoadedFailures.mismatch(file.name(), file.name() + ": " + LoadedFailures.firstLine(e.getMessage()));
        }
        record(file, bytes.value());
        return new Loaded.Present<>(file.name(), value);
    }

    /** The file through {@code consumer}, small ones from memory, large ones streamed; its byte count. */
    Loaded<Long> stream(Resolved file, StreamConsumer consumer) {
        if (file.size() <= WHOLE_READ_MAX_BYTES) {
            return inMemory(file, bytes -> {
                consumer.accept(new ByteArrayInputStream(bytes));
                return (long) bytes.length;
            });
        }
        MessageDigest sha = sha256();
        long count;
        try (InputStream raw = Files.newInputStream(file.real());
             CountingInputStream counting = new CountingInputStream(raw, limits.maxFileBytes());
             DigestInputStream in = new DigestInputStream(counting, sha)) {
            try {
                // The consumer may close what it is given; the digest still needs the rest of the bytes.
                consumer.accept(new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {
                    }
                });
            } catch (Exception e) {
                return LoadedFailures.mismatch(file.name(), file.name() + ": " + LoadedFailures.firstLine(e.getMessage()));
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            count = counting.count();
        } catch (CountingInputStream.TooLarge e) {
            return LoadedFailures.grewOverLimit(file.name(), limits);
        } catch (IOException e) {
            return LoadedFailures.unreadable(file.name(), e);
        }
        ledger.record(relativeName(file.real()), sha.digest(), count);
        return new Loaded.Present<>(file.name(), count);
    }

    /**
     * A whole file's bytes, not yet in the ledger. A file the size its lstat gave is read into one array of that
     * size, then one more read must find its end; a file that changed size since is read again, bounded by
     * {@code proof.max-file-bytes}, so a file that grows while read cannot exhaust memory.
     */
    private Loaded<byte[]> readWhole(Resolved file) {
        try {
            if (file.size() <= WHOLE_READ_MAX_BYTES) {
                Optional<byte[]> exact = readExactly(file.real(), (int) file.size());
                if (exact.isPresent()) {
                    return new Loaded.Present<>(file.name(), exact.get());
                }
            }
            try (InputStream in = new CountingInputStream(Files.newInputStream(file.real()), limits.maxFileBytes())) {
                return new Loaded.Present<>(file.name(), in.readAllBytes());
            }
        } catch (CountingInputStream.TooLarge e) {
            return LoadedFailures.grewOverLimit(file.name(), limits);
        } catch (IOException e) {
            return LoadedFailures.unreadable(file.name(), e);
        }
    }

    /** The file's bytes if it holds exactly {@code size} bytes now; empty if it changed size. */
    private static Optional<byte[]> readExactly(Path real, int size) throws IOException {
        byte[] bytes = new byte[size];
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return Optional.empty();
                }
            }
            // The end must come now: one byte more means the file grew since it was sized.
            return channel.read(ByteBuffer.allocate(1)) < 0 ? Optional.of(bytes) : Optional.empty();
        }
    }

    private void record(Resolved file, byte[] content) {
        ledger.record(relativeName(file.real()), sha256().digest(content), content.length);
    }

    /**
     * The ledger names files relative to the unit where possible, else to the root. By string: the real path
     * starts with one of them (confinement made sure), and {@code Path.relativize} costs more than the read of
     * a small file.
     */
    private String relativeName(Path real) {
        String path = real.toString();
        String base = real.startsWith(unit) ? unitPrefix : rootPrefix;
        String relative = path.length() > base.length() ? path.substring(base.length()) : "";
        return java.io.File.separatorChar == '/' ? relative : relative.replace(java.io.File.separatorChar, '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

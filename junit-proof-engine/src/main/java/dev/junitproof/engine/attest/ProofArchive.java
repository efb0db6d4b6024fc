package dev.junitproof.engine.attest;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A signed proof as one file a reviewer can take offline: {@code <unit>/} holding the report files, the envelope
 * and {@code evidence/<path>} for every evidence file the statement names. Extracted anywhere, the ATTEST suite
 * (or {@code AttestationTool verify}) verifies it as it stands: the bundled {@code evidence/} is found next to the
 * envelope. Only a proof that verifies is archived, and the archive is reproducible: sorted entries, the
 * statement's timeVerified as every entry's time, no owner names, a zero gzip time.
 */
final class ProofArchive {

    private ProofArchive() {
    }

    static Path create(Path envelopePath, VerificationKey key, Optional<Path> evidenceOverride, Path out)
            throws IOException {
        ReportFiles report = ReportFiles.ofEnvelope(envelopePath);
        String envelopeName = envelopePath.getFileName().toString();
        Verification verification = Verifier.verify(new DirectoryFiles(report.directory()), envelopeName, key,
                statement -> EvidenceDirectory.locate(evidenceOverride, report.directory(), statement.resourceUri()));
        if (verification instanceof Verification.Rejected rejected) {
            throw new IOException("archive refused, the proof does not verify: " + rejected.message());
        }
        Verification.Verified verified = (Verification.Verified) verification;
        AttestedStatement statement = verified.statement();
        EvidenceDirectory evidence = EvidenceDirectory.locate(evidenceOverride, report.directory(), statement.resourceUri());
        String unit = report.directory().getFileName().toString();
        Map<String, Path> entries = new TreeMap<>();
        entries.put(unit + "/" + envelopeName, envelopePath);
        statement.subjects().forEach(s -> entries.put(unit + "/" + s.name(), report.directory().resolve(s.name())));
        for (AttestedStatement.NamedDigest input : statement.inputs()) {
            Path file = evidence.file(input.name()).orElseThrow();
            entries.put(unit + "/" + EvidenceDirectory.BUNDLED + "/" + Path.of(input.name()).normalize()
                    .toString().replace('\\', '/'), file);
        }
        Date time = Date.from(time(statement.timeVerified()));
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
        try {
            GzipParameters gzip = new GzipParameters();
            gzip.setModificationTime(0);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
                 TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file, gzip))) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                for (Map.Entry<String, Path> e : entries.entrySet()) {
                    TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                    entry.setSize(Files.size(e.getValue()));
                    entry.setModTime(time);
                    entry.setMode(0100644);
                    tar.putArchiveEntry(entry);
                    Files.copy(e.getValue(), tar);
                    tar.closeArchiveEntry();
                }
                tar.finish();
            }
            try {
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return out;
    }

    /**
     * Extracts regular files only, each strictly inside {@code target} (no absolute names, no {@code ..}, no
     * links): an archive from elsewhere is evidence to check, not something allowed to write where it likes.
     */
    static List<Path> extract(Path archive, Path target) throws IOException {
        Path root = Files.createDirectories(target).toRealPath();
        List<Path> written = new ArrayList<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path destination = root.resolve(entry.getName()).normalize();
                if (!entry.isFile() || Path.of(entry.getName()).isAbsolute() || !destination.startsWith(root)
                        || destination.equals(root)) {
                    throw new IOException("refusing archive entry " + entry.getName()
                            + ": not a regular file inside " + target);
                }
                Files.createDirectories(destination.getParent());
                Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                written.add(destination);
            }
        }
        return written;
    }

    private static Instant time(String timeVerified) {
        try {
            return Instant.parse(timeVerified);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}

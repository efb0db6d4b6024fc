package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Attests a proof report: builds the statement over its report files' bytes, signs it, and returns or writes the
 * envelope. The engine signs the bytes it is about to write (they are exactly what a reviewer will hash); the
 * command line signs the files on disk.
 */
final class Signer {

    private Signer() {
    }

    /** Signs the report set on disk beside {@code files.json()}: {@code <base>.json}, {@code .txt} and {@code .md}. */
    static Path sign(ReportFiles files, List<SigningKey> keys, String engineVersion) throws IOException {
        for (Path file : List.of(files.json(), files.text(), files.markdown())) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("cannot attest " + files.json().getFileName() + ": " + file.getFileName()
                        + " is not next to it");
            }
        }
        byte[] envelope = envelope(files.baseName(), Files.readAllBytes(files.json()), Files.readAllBytes(files.text()),
                Files.readAllBytes(files.markdown()), keys, engineVersion);
        AtomicWrite.write(files.envelope(), envelope);
        return files.envelope();
    }

    /** The envelope line that signs a report set given as bytes. */
    static byte[] envelope(String baseName, byte[] json, byte[] text, byte[] markdown, List<SigningKey> keys,
            String engineVersion) throws IOException {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("signing needs at least one key");
        }
        JsonNode report = Envelope.MAPPER.readTree(json);
        if (report == null || !report.path("suite").isTextual() || !report.path("evidence").isArray()) {
            throw new IOException(baseName + ReportFiles.JSON + " is not a proof report (no suite, no evidence list)");
        }
        List<AttestedStatement.NamedDigest> subjects = List.of(
                new AttestedStatement.NamedDigest(baseName + ReportFiles.JSON, Sha256.hex(json)),
                new AttestedStatement.NamedDigest(baseName + ReportFiles.TEXT, Sha256.hex(text)),
                new AttestedStatement.NamedDigest(baseName + ReportFiles.MARKDOWN, Sha256.hex(markdown)));
        byte[] statement = InTotoStatement.build(subjects, report, engineVersion);
        try {
            return Envelope.sign(statement, keys).toJsonLine().getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IOException("signing " + baseName + ReportFiles.ENVELOPE + " failed: " + e.getMessage(), e);
        }
    }
}

package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

/** Attests a written proof report: reads its files back, builds the statement, signs, writes the envelope. */
final class Signer {

    private Signer() {
    }

    /**
     * Reads the report files from disk rather than taking the engine's in-memory text, so the digests are of
     * exactly the bytes a reviewer will hash.
     */
    static Path sign(ReportFiles files, List<SigningKey> keys, String engineVersion) throws IOException {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("signing needs at least one key");
        }
        byte[] json = Files.readAllBytes(files.json());
        if (!Files.isRegularFile(files.text())) {
            throw new IOException("cannot attest " + files.json().getFileName() + ": " + files.text().getFileName()
                    + " is not next to it");
        }
        JsonNode report = Envelope.MAPPER.readTree(json);
        if (report == null || !"proof-report/v1".equals(report.path("schema").asText())) {
            throw new IOException(files.json() + " is not a proof-report/v1 report");
        }
        byte[] statement = InTotoStatement.build(files, report, Sha256.hex(json), Sha256.hex(files.text()), engineVersion);
        write(files, statement, keys);
        return files.envelope();
    }

    static void write(ReportFiles files, byte[] statement, List<SigningKey> keys) throws IOException {
        try {
            Envelope envelope = Envelope.sign(statement, keys);
            AtomicWrite.write(files.envelope(), envelope.toJsonLine().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IOException("signing " + files.envelope().getFileName() + " failed: " + e.getMessage(), e);
        }
    }
}

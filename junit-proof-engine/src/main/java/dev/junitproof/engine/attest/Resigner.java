package dev.junitproof.engine.attest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Replaces an envelope's signatures with signatures by new keys (key rotation), keeping the attested payload
 * byte for byte. Only an envelope whose signature verifies with the old key and whose report files still match
 * is re-signed: re-signing must never launder a report that changed. The evidence is not required, so a proof
 * can be re-signed where only the reports are kept.
 */
final class Resigner {

    private Resigner() {
    }

    static Path resign(Path envelopePath, VerificationKey oldKey, List<SigningKey> newKeys) throws IOException {
        if (newKeys.isEmpty()) {
            throw new IllegalArgumentException("re-signing needs at least one new key");
        }
        ReportFiles report = ReportFiles.ofEnvelope(envelopePath);
        Verification verification = Verifier.verify(new DirectoryFiles(report.directory()),
                envelopePath.getFileName().toString(), oldKey, null);
        if (verification instanceof Verification.Rejected rejected) {
            throw new IOException("re-signing refused, the proof does not verify with the old key: " + rejected.message());
        }
        Envelope envelope = Envelope.parse(Files.readString(envelopePath, StandardCharsets.UTF_8).strip());
        try {
            AtomicWrite.write(envelopePath, envelope.resignedWith(newKeys).toJsonLine().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IOException("re-signing " + envelopePath.getFileName() + " failed: " + e.getMessage(), e);
        }
        return envelopePath;
    }
}

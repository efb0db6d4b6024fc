package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.engine.ProofTestEngine;
import org.apiguardian.api.API;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The report listener's one entry into attestation: the envelope {@code <report>.intoto.jsonl} that signs a
 * report set's {@code .json}, {@code .txt} and {@code .md} before they are written, so the four files are replaced
 * together.
 */
@API(status = INTERNAL, since = "0.1")
public final class Attestations {

    private Attestations() {
    }

    /**
     * The envelope that signs a report set, when {@code proof.sign.key} or {@code proof.sign.hmac-key-env} is set;
     * empty otherwise, so a run that does not ask for attestations writes exactly what it wrote before.
     *
     * @param baseName the report's base name, e.g. {@code val25-proof-report}
     * @throws IOException a configured key that cannot be read or used: the run's reports are then not written
     */
    public static Optional<byte[]> envelope(String baseName, byte[] json, byte[] text, byte[] markdown,
            ProofSettings settings) throws IOException {
        List<SigningKey> keys;
        try {
            keys = AttestConfiguration.signingKeys(settings, AttestConfiguration.systemEnvironment());
        } catch (IOException e) {
            throw new IOException("signing is configured but " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Signer.envelope(baseName, json, text, markdown, keys, engineVersion()));
    }

    static String engineVersion() {
        return new ProofTestEngine().getVersion().orElse("unknown");
    }
}

package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.engine.ProofTestEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report listener's one entry into attestation: after a proof report's {@code .json} and {@code .txt} are
 * written, sign them if {@code proof.sign.key} or {@code proof.sign.hmac-key-env} is set, writing
 * {@code <report>.intoto.jsonl} next to them. Without signing configuration it does nothing, so a run that
 * does not ask for attestations writes exactly what it wrote before.
 */
public final class Attestations {

    private Attestations() {
    }

    /**
     * @param reportJson the written {@code <report>.json}; its {@code .txt} sibling must exist
     * @return the envelope written, or empty when signing is not configured
     * @throws IOException a configured key that cannot be read or used, or a report that cannot be read: the
     *                     caller reports it like any report it could not write
     */
    public static Optional<Path> afterReports(Path reportJson, ProofSettings settings) throws IOException {
        try {
            List<SigningKey> keys = AttestConfiguration.signingKeys(settings, AttestConfiguration.systemEnvironment());
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Signer.sign(ReportFiles.ofJson(reportJson), keys, engineVersion()));
        } catch (IOException e) {
            // The listener prints "report not written"; say that the reports are there and only the envelope is not.
            throw new IOException("the reports are written, the attestation is not: " + e.getMessage(), e);
        }
    }

    static String engineVersion() {
        return new ProofTestEngine().getVersion().orElse("unknown");
    }
}

package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Fixtures for the attestation tests: demo evidence (the test-only DEMO suite), its proof report written through
 * the launcher, and Ed25519 keys generated in the test (no key file is committed).
 */
final class SignedDemoProof {

    static final String UNIT = "demo-lab-2026-03-23";
    static final String REPORT = "demo-proof-report";

    private SignedDemoProof() {
    }

    /** {@code <root>/demo-lab-2026-03-23/demo.json}, passing (p99 24.1 ms). */
    static Path evidence(Path root) {
        ObjectNode demo = JsonFixtures.object();
        demo.put("generated_at", "2026-03-23T10:15:02Z");
        demo.putObject("latency").put("p99_ms", 24.1).put("samples", 20);
        Path unit = root.resolve(UNIT);
        JsonFixtures.write(unit.resolve("demo.json"), demo);
        return unit;
    }

    /** Runs the DEMO suite over the unit; extra configuration as key/value pairs. */
    static ProofRunResult prove(Path unit, Path out, String... config) {
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        for (int i = 0; i < config.length; i += 2) {
            runner.config(config[i], config[i + 1]);
        }
        return runner.run(out);
    }

    static Ed25519SigningKey newKey() {
        try {
            return KeyGeneration.generate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path writePrivate(Ed25519SigningKey key, Path file) {
        return write(file, key.pem());
    }

    static Path writePublic(Ed25519SigningKey key, Path file) {
        return write(file, key.publicKey().pem());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The in-toto statement inside an envelope file. */
    static JsonNode statement(Path envelope) {
        try {
            JsonNode json = Envelope.MAPPER.readTree(read(envelope));
            return Envelope.MAPPER.readTree(Base64.getDecoder().decode(json.path("payload").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

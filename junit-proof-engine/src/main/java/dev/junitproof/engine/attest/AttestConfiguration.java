package dev.junitproof.engine.attest;

import dev.junitproof.api.ProofKeys;
import dev.junitproof.api.suite.ProofSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration parameters of signing and verifying, in one place. Secrets never come from a parameter: an
 * Ed25519 key comes from a file, an HMAC key from an environment variable whose <em>name</em> is the parameter.
 */
final class AttestConfiguration {

    /** PKCS#8 PEM Ed25519 private key file: sign every report with it. */
    static final String SIGN_KEY = ProofKeys.SIGN_KEY;
    /** Name of the environment variable holding an HMAC-SHA256 key: sign every report with it. */
    static final String SIGN_HMAC_ENV = ProofKeys.SIGN_HMAC_ENV;
    /** X.509 PEM Ed25519 public key file the ATTEST suite verifies with. */
    static final String VERIFY_KEY = ProofKeys.VERIFY_KEY;
    /** Name of the environment variable holding the HMAC key to verify with (default: {@link #SIGN_HMAC_ENV}). */
    static final String VERIFY_HMAC_ENV = ProofKeys.VERIFY_HMAC_ENV;
    /** Directory where the verified reports' evidence is, instead of the statement's resourceUri. */
    static final String VERIFY_EVIDENCE = ProofKeys.VERIFY_EVIDENCE;

    private AttestConfiguration() {
    }

    /** The keys to sign with; empty when signing is not configured (then no envelope is written). */
    static List<SigningKey> signingKeys(ProofSettings settings, Function<String, Optional<String>> environment)
            throws IOException {
        List<SigningKey> keys = new ArrayList<>();
        Optional<String> keyFile = settings.get(SIGN_KEY);
        if (keyFile.isPresent()) {
            keys.add(Ed25519SigningKey.read(Path.of(keyFile.get())));
        }
        Optional<String> variable = settings.get(SIGN_HMAC_ENV);
        if (variable.isPresent()) {
            keys.add(hmac(variable.get(), SIGN_HMAC_ENV, environment));
        }
        return keys;
    }

    /** The key to verify with: the public key file if given, else the HMAC key; the message says what to set. */
    static VerificationKey verificationKey(ProofSettings settings, Function<String, Optional<String>> environment)
            throws IOException {
        Optional<String> keyFile = settings.get(VERIFY_KEY);
        if (keyFile.isPresent()) {
            return Ed25519VerificationKey.read(Path.of(keyFile.get()));
        }
        Optional<String> variable = settings.get(VERIFY_HMAC_ENV).or(() -> settings.get(SIGN_HMAC_ENV));
        if (variable.isPresent()) {
            return hmac(variable.get(), VERIFY_HMAC_ENV, environment);
        }
        throw new IOException("set " + VERIFY_KEY + "=<Ed25519 public key PEM> or " + VERIFY_HMAC_ENV
                + "=<name of the environment variable holding the HMAC key>");
    }

    static Optional<Path> evidenceOverride(ProofSettings settings) {
        return settings.get(VERIFY_EVIDENCE).map(Path::of);
    }

    private static HmacKey hmac(String variable, String parameter, Function<String, Optional<String>> environment)
            throws IOException {
        try {
            return HmacKey.fromEnvironment(variable, environment);
        } catch (IllegalArgumentException e) {
            throw new IOException(parameter + ": " + e.getMessage(), e);
        }
    }

    static Function<String, Optional<String>> systemEnvironment() {
        return name -> Optional.ofNullable(System.getenv(name));
    }
}

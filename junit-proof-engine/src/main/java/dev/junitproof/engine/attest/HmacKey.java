package dev.junitproof.engine.attest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a secret taken from an environment variable (as the seed's golden files are signed): the
 * secret never lives in a configuration file or on a command line. It both signs and verifies.
 *
 * @param variable the environment variable's name, kept for messages (never the secret itself)
 */
record HmacKey(String variable, byte[] secret) implements SigningKey, VerificationKey {

    private static final String ALGORITHM = "HmacSHA256";

    HmacKey {
        secret = secret.clone();
    }

    /** The key named by an environment variable; refuses an unset or empty one, naming the variable. */
    static HmacKey fromEnvironment(String variable, Function<String, Optional<String>> environment) {
        String value = environment.apply(variable).orElse("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the HMAC key variable " + variable + " is not set (or empty)");
        }
        return new HmacKey(variable, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A short fingerprint of the secret, salted so it is not the plain SHA-256 of the key: enough to tell keys
     * apart, not a way to test guesses against a well-known hash.
     */
    @Override
    public String keyid() {
        byte[] salted = ("junit-proof hmac keyid\0" + new String(secret, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return "hmac-sha256:" + Sha256.hex(salted).substring(0, 16);
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(new SecretKeySpec(secret, ALGORITHM));
        return mac.doFinal(message);
    }

    @Override
    public VerificationKey verificationKey() {
        return this;
    }

    /** Constant-time comparison, so a verifier leaks nothing about how much of a forged MAC was right. */
    @Override
    public boolean verifies(byte[] message, byte[] signature) throws GeneralSecurityException {
        return MessageDigest.isEqual(sign(message), signature);
    }

    @Override
    public String toString() {
        return "HMAC-SHA256 key from $" + variable + " (" + keyid() + ")";
    }
}

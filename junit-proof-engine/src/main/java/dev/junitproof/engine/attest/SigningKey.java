package dev.junitproof.engine.attest;

import java.security.GeneralSecurityException;

/** A key that signs DSSE envelopes: Ed25519 from a PKCS#8 file, or HMAC-SHA256 from an environment variable. */
sealed interface SigningKey permits Ed25519SigningKey, HmacKey {

    /** Names the key in the envelope so a verifier can tell "signed by another key" from "signature altered". */
    String keyid();

    byte[] sign(byte[] message) throws GeneralSecurityException;

    /** The key that verifies this key's signatures (HMAC: itself). */
    VerificationKey verificationKey();
}

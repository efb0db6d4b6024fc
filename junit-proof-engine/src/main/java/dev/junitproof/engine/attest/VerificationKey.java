package dev.junitproof.engine.attest;

import java.security.GeneralSecurityException;

/** A key that checks DSSE signatures: an Ed25519 public key (X.509 PEM), or the shared HMAC key. */
sealed interface VerificationKey permits Ed25519VerificationKey, HmacKey {

    /** The same id the signing key writes into the envelope. */
    String keyid();

    boolean verifies(byte[] message, byte[] signature) throws GeneralSecurityException;
}

package dev.junitproof.engine.attest;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/** An Ed25519 public key; its keyid is {@code ed25519:} + SHA-256 of its X.509 SubjectPublicKeyInfo DER. */
record Ed25519VerificationKey(PublicKey key) implements VerificationKey {

    static final String ALGORITHM = "Ed25519";

    /** Reads {@code -----BEGIN PUBLIC KEY-----} (what {@code openssl pkey -pubout} and {@code keygen} write). */
    static Ed25519VerificationKey read(Path pem) throws IOException {
        byte[] der = Pem.read(pem, Pem.PUBLIC_KEY);
        try {
            return new Ed25519VerificationKey(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IOException(pem + " is not an Ed25519 public key (X.509 SubjectPublicKeyInfo PEM): " + e.getMessage(), e);
        }
    }

    @Override
    public String keyid() {
        return "ed25519:" + Sha256.hex(key.getEncoded());
    }

    @Override
    public boolean verifies(byte[] message, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(key);
        verifier.update(message);
        try {
            return verifier.verify(signature);
        } catch (java.security.SignatureException malformed) {
            return false;
        }
    }

    String pem() {
        return Pem.write(Pem.PUBLIC_KEY, key.getEncoded());
    }
}

package dev.junitproof.engine.attest;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * An Ed25519 private key from a PKCS#8 PEM file ({@code openssl genpkey -algorithm ed25519}, or {@code keygen}),
 * with the public key derived from it so the envelope can name the key that verifies it.
 */
record Ed25519SigningKey(PrivateKey key, Ed25519VerificationKey publicKey) implements SigningKey {

    /** X.509 SubjectPublicKeyInfo header for Ed25519 (OID 1.3.101.112); the 32 key bytes follow. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    static Ed25519SigningKey read(Path pem) throws IOException {
        byte[] der = Pem.read(pem, Pem.PRIVATE_KEY);
        try {
            return of(KeyFactory.getInstance(Ed25519VerificationKey.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(pem + " is not an Ed25519 private key (PKCS#8 PEM): " + e.getMessage(), e);
        }
    }

    /**
     * The JDK has no public way to get an Ed25519 public key from a private one, and a PKCS#8 file from openssl
     * carries only the seed; so the public key is computed from the seed (RFC 8032 5.1.5), then checked by
     * verifying a signature with it, so a wrong derivation can never produce a misleading keyid.
     */
    static Ed25519SigningKey of(PrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof EdECPrivateKey edec) || edec.getBytes().isEmpty()) {
            throw new GeneralSecurityException("not an Ed25519 private key with its seed");
        }
        byte[] point = Ed25519PublicKeyDerivation.publicKey(edec.getBytes().get());
        byte[] spki = new byte[SPKI_PREFIX.length + point.length];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(point, 0, spki, SPKI_PREFIX.length, point.length);
        Ed25519VerificationKey publicKey = new Ed25519VerificationKey(
                KeyFactory.getInstance(Ed25519VerificationKey.ALGORITHM).generatePublic(new X509EncodedKeySpec(spki)));
        Ed25519SigningKey signing = new Ed25519SigningKey(key, publicKey);
        byte[] probe = "junit-proof key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!publicKey.verifies(probe, signing.sign(probe))) {
            throw new GeneralSecurityException("the derived Ed25519 public key does not verify the private key's signature");
        }
        return signing;
    }

    @Override
    public String keyid() {
        return publicKey.keyid();
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(Ed25519VerificationKey.ALGORITHM);
        signer.initSign(key);
        signer.update(message);
        return signer.sign();
    }

    @Override
    public VerificationKey verificationKey() {
        return publicKey;
    }

    String pem() {
        return Pem.write(Pem.PRIVATE_KEY, key.getEncoded());
    }

    @Override
    public String toString() {
        return "Ed25519 private key (" + keyid() + ")";
    }
}

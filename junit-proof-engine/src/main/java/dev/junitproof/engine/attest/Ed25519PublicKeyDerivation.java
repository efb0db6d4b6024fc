package dev.junitproof.engine.attest;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Ed25519 public key of a 32-byte private seed, as RFC 8032 section 5.1.5 computes it: SHA-512 of the seed,
 * clamp the lower half into the scalar a, encode [a]B. Only key derivation lives here; signing and verifying
 * are the JDK's. Not constant-time: it runs once per signing run on a key the caller already holds.
 */
final class Ed25519PublicKeyDerivation {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    /** The base point B (RFC 8032 5.1). */
    private static final BigInteger BX = new BigInteger(
            "15112221349535400772501151409588531511454012693041857206046113283949847762202");
    private static final BigInteger BY = new BigInteger(
            "46316835694926478169428394003475163141307993866256225615783033603165251855960");

    private Ed25519PublicKeyDerivation() {
    }

    /** Extended homogeneous coordinates (X, Y, Z, T) with x = X/Z, y = Y/Z, x*y = T/Z. */
    private record Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {

        static final Point NEUTRAL = new Point(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);

        Point add(Point q) {
            BigInteger a = y.subtract(x).multiply(q.y.subtract(q.x)).mod(P);
            BigInteger b = y.add(x).multiply(q.y.add(q.x)).mod(P);
            BigInteger c = BigInteger.TWO.multiply(t).multiply(q.t).multiply(D).mod(P);
            BigInteger d = BigInteger.TWO.multiply(z).multiply(q.z).mod(P);
            BigInteger e = b.subtract(a);
            BigInteger f = d.subtract(c);
            BigInteger g = d.add(c);
            BigInteger h = b.add(a);
            return new Point(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
        }
    }

    static byte[] publicKey(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        byte[] h = sha512(seed);
        byte[] lower = new byte[32];
        System.arraycopy(h, 0, lower, 0, 32);
        lower[0] &= (byte) 248;
        lower[31] &= 127;
        lower[31] |= 64;
        BigInteger scalar = new BigInteger(1, reverse(lower));
        Point result = Point.NEUTRAL;
        Point base = new Point(BX, BY, BigInteger.ONE, BX.multiply(BY).mod(P));
        for (int bit = 0; bit < scalar.bitLength(); bit++) {
            if (scalar.testBit(bit)) {
                result = result.add(base);
            }
            base = base.add(base);
        }
        BigInteger zInverse = result.z.modInverse(P);
        BigInteger x = result.x.multiply(zInverse).mod(P);
        BigInteger y = result.y.multiply(zInverse).mod(P);
        BigInteger encoded = x.testBit(0) ? y.setBit(255) : y;
        return littleEndian32(encoded);
    }

    private static byte[] littleEndian32(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }

    private static byte[] reverse(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-512", e);
        }
    }
}

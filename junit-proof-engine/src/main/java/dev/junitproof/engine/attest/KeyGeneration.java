package dev.junitproof.engine.attest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** Writes a new Ed25519 key pair as PEM: the private key readable by its owner only, the public key for reviewers. */
final class KeyGeneration {

    static final String PRIVATE_FILE = "proof-signing-key.pem";
    static final String PUBLIC_FILE = "proof-signing-key.pub.pem";

    private KeyGeneration() {
    }

    static Ed25519SigningKey generate() throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(Ed25519VerificationKey.ALGORITHM).generateKeyPair();
        return Ed25519SigningKey.of(pair.getPrivate());
    }

    /** Refuses to overwrite a key: losing a signing key silently is worse than a failed command. */
    static Ed25519SigningKey write(Path directory) throws IOException, GeneralSecurityException {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        if (Files.exists(privateFile) || Files.exists(publicFile)) {
            throw new IOException(directory + " already holds " + PRIVATE_FILE + " or " + PUBLIC_FILE + "; not overwritten");
        }
        Ed25519SigningKey key = generate();
        Files.createDirectories(directory);
        Files.createFile(privateFile);
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL; keep the key directory private there.
        }
        Files.writeString(privateFile, key.pem(), StandardCharsets.US_ASCII);
        Files.writeString(publicFile, key.publicKey().pem(), StandardCharsets.US_ASCII);
        return key;
    }
}

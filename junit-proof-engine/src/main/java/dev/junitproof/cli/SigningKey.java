package dev.junitproof.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** A key to sign with: an Ed25519 private key file, or the environment variable holding an HMAC key. */
final class SigningKey {

    @Option(names = "--key", paramLabel = "PRIVATE.pem", required = true, description = "Ed25519 private key (PKCS#8 PEM).")
    Optional<Path> privateKey = Optional.empty();

    @Option(names = "--hmac-env", paramLabel = "VAR", required = true,
            description = "The environment variable holding an HMAC-SHA256 key.")
    Optional<String> hmacVariable = Optional.empty();
}

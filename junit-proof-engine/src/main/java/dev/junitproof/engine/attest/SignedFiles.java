package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.Loaded;

/**
 * The directory holding an envelope and the report files it attests, as the verifier reads it. The ATTEST suite
 * reads through the engine's confined, digest-recording evidence reader; the command-line tool reads files.
 */
interface SignedFiles {

    /** The envelope's text. */
    Loaded<String> envelope(String envelopeName);

    /** SHA-256 of a file next to the envelope. */
    Loaded<String> sha256(String fileName);

    /** The {@code suite} a JSON proof report next to the envelope names. */
    Loaded<String> suiteOf(String jsonName);
}

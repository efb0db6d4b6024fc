package dev.junitproof.api.result;

/** A file the proof read: path relative to the evidence unit, SHA-256 (lower-case hex) and size in bytes. */
public record EvidenceDigest(String path, String sha256, long bytes) {
}

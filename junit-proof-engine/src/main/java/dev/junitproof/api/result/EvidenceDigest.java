package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** A file the proof read: path relative to the evidence unit, SHA-256 (lower-case hex) and size in bytes. */
@API(status = STABLE, since = "0.1")
public record EvidenceDigest(String path, String sha256, long bytes) {
}

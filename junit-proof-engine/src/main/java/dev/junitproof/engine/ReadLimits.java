package dev.junitproof.engine;

/**
 * Bounds on what one evidence file may cost to read. A file over a bound is a schema mismatch, never a crash.
 *
 * @param maxFileBytes  {@code proof.max-file-bytes}, default 64 MiB
 * @param maxJsonDepth  {@code proof.max-json-depth}, default 256 (deeper JSON is refused by the parser)
 */
record ReadLimits(long maxFileBytes, int maxJsonDepth) {

    static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 256);
}

package dev.junitproof.engine;

import dev.junitproof.api.suite.EvidenceReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The engine's own {@link EvidenceReader} (confined, bounded, strict), for tests that call a suite's readers
 * directly, without a launcher run: the suites' fuzz targets, which need thousands of executions a second.
 * Test-only, shared through the engine's test-jar; the engine itself keeps {@link SafeEvidenceReader} internal.
 */
public final class EvidenceReaders {

    private EvidenceReaders() {
    }

    /** A reader of {@code unit} confined to {@code root}, with the default limits. */
    public static EvidenceReader safe(Path root, Path unit) {
        try {
            return new SafeEvidenceReader(root.toRealPath(), unit.toRealPath(), ReadLimits.DEFAULT, new EvidenceLedger());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

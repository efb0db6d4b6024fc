package dev.junitproof.engine;

import dev.junitproof.api.suite.SourceRef;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Turns a suite's {@link SourceRef} into a standard {@link FileSource}, at the line of its JSON pointer. */
final class Sources {

    private Sources() {
    }

    static TestSource of(SafeEvidenceReader reader, SourceRef ref) {
        if (ref == null) {
            return null;
        }
        int line = reader.lineOf(ref.file(), ref.pointer());
        return FileSource.from(reader.locate(ref.file()).toFile(), FilePosition.from(line));
    }
}

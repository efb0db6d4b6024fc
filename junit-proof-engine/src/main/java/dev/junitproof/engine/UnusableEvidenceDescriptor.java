package dev.junitproof.engine;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An evidence path that was named (a directory selector, {@code proof.evidence}, an anchor's evidence) but cannot
 * hold evidence: a file, a FIFO or device, a directory that cannot be listed. It is a failing test, not only a
 * discovery warning, so a run that proves nothing because its evidence path is wrong fails where CI looks.
 */
final class UnusableEvidenceDescriptor extends ProofTestDescriptor {

    static final String SEGMENT = "unusable-evidence";

    private final String reason;

    private UnusableEvidenceDescriptor(UniqueId uniqueId, Path path, String reason) {
        super(uniqueId, "evidence path " + path, source(path));
        this.reason = reason;
    }

    /** The failing test for {@code path} under {@code parent}, added once however often the path is named. */
    static TestDescriptor addTo(TestDescriptor parent, Path path, String reason) {
        UniqueId id = parent.getUniqueId().append(SEGMENT, path.toString());
        for (TestDescriptor child : parent.getChildren()) {
            if (child.getUniqueId().equals(id)) {
                return child;
            }
        }
        UnusableEvidenceDescriptor created = new UnusableEvidenceDescriptor(id, path, reason);
        parent.addChild(created);
        return created;
    }

    private static TestSource source(Path path) {
        return Files.isRegularFile(path) ? FileSource.from(path.toFile()) : null;
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw new AssertionFailedError(reason);
    }
}

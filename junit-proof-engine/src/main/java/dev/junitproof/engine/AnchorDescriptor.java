package dev.junitproof.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The anchor class a consumer project adds ({@code @ProofEvidence}). It carries a {@link ClassSource} because
 * Maven Surefire opens a test set, names tests and counts them only under a container with a class source.
 * Evidence the anchor names but that cannot be found fails the anchor, so a misconfigured build is red.
 */
final class AnchorDescriptor extends ProofContainerDescriptor {

    static final String SEGMENT = "anchor";

    private final List<String> problems = new ArrayList<>();
    private final String className;

    AnchorDescriptor(UniqueId uniqueId, Class<?> anchor) {
        super(uniqueId, anchor.getSimpleName(), ClassSource.from(anchor));
        this.className = anchor.getName();
    }

    /** Surefire takes the XML classname from here: the full name, as for Jupiter classes and the report file. */
    @Override
    public String getLegacyReportingName() {
        return className;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        return context;
    }
}

package dev.junitproof.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A test of the proof tree: a check or a readiness level. It runs on its parent's thread, so a suite run reports
 * in plan order and observers (Allure) see each test's calls between its own start and finish events.
 */
abstract class ProofTestDescriptor extends AbstractTestDescriptor implements Node<ProofExecutionContext> {

    ProofTestDescriptor(UniqueId uniqueId, String displayName, TestSource source) {
        super(uniqueId, displayName, source);
    }

    @Override
    public final Type getType() {
        return Type.TEST;
    }

    @Override
    public final ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }
}

package dev.junitproof.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A container of the proof tree. Every one may register tests while it runs: checks only exist once the
 * evidence is read, at execution, so containers must never be pruned as empty at discovery.
 */
abstract class ProofContainerDescriptor extends AbstractTestDescriptor implements Node<ProofExecutionContext> {

    ProofContainerDescriptor(UniqueId uniqueId, String displayName, TestSource source) {
        super(uniqueId, displayName, source);
    }

    @Override
    public final Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public final boolean mayRegisterTests() {
        return true;
    }
}

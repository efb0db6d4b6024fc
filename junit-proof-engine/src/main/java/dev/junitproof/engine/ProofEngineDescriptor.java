package dev.junitproof.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of the proof engine's tree. */
final class ProofEngineDescriptor extends EngineDescriptor implements Node<ProofExecutionContext> {

    static final String DISPLAY_NAME = "JUnit Proof";

    ProofEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, DISPLAY_NAME);
    }
}

package dev.junitproof.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** What every node needs while executing: the listener to publish to and the run's configuration. */
record ProofExecutionContext(EngineExecutionListener listener, ProofConfiguration configuration)
        implements EngineExecutionContext {
}

package dev.junitproof.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** What every node needs while executing: the listener to publish to, the run's configuration, the observers. */
record ProofExecutionContext(EngineExecutionListener listener, ProofConfiguration configuration,
        CheckObservers observers, SuiteCatalog suites)
        implements EngineExecutionContext {
}

package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.observe.CheckObserver;
import dev.junitproof.api.observe.LevelEvent;

/** Test-only observer that throws while {@link #enabled} is set: proves an observer cannot change an outcome. */
public final class ThrowingObserver implements CheckObserver {

    static volatile boolean enabled;

    @Override
    public void checkEvaluated(CheckEvent event) {
        if (enabled) {
            throw new IllegalStateException("observer broke on " + event.check().id());
        }
    }

    @Override
    public void levelEvaluated(LevelEvent event) {
        if (enabled) {
            throw new NoClassDefFoundError("io/example/Missing");
        }
    }
}

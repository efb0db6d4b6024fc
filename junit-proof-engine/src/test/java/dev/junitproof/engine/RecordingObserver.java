package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.observe.CheckObserver;
import dev.junitproof.api.observe.LevelEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test-only observer (registered in the engine's test resources, left out of the test-jar): records every event
 * with the thread it arrived on into {@link #LOG}, shared with the tests' own listener to check the order.
 */
public final class RecordingObserver implements CheckObserver {

    /** An observed event and the thread it was delivered on. */
    record Observed(Object event, String id, Path unit, String thread) {
    }

    static final List<Object> LOG = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void checkEvaluated(CheckEvent event) {
        LOG.add(new Observed(event, event.check().id(), event.run().evidenceUnit(), Thread.currentThread().getName()));
    }

    @Override
    public void levelEvaluated(LevelEvent event) {
        LOG.add(new Observed(event, event.level().key(), event.run().evidenceUnit(), Thread.currentThread().getName()));
    }

    /** The events of one evidence unit (tests use their own temporary directories), in order. */
    static List<Observed> of(Path unit) {
        Path real = real(unit);
        synchronized (LOG) {
            return LOG.stream().filter(Observed.class::isInstance).map(Observed.class::cast)
                    .filter(o -> real(o.unit()).equals(real)).toList();
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}

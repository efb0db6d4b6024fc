package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.observe.CheckObserver;
import dev.junitproof.api.observe.LevelEvent;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link CheckObserver}s on the class path, loaded once per execution, and the one place that calls them. An
 * observer is a guest: one that cannot load, or throws, is reported on standard error and never changes an
 * outcome or stops another observer.
 */
final class CheckObservers {

    private final List<CheckObserver> observers;
    private final PrintStream err;

    CheckObservers(List<CheckObserver> observers, PrintStream err) {
        this.observers = List.copyOf(observers);
        this.err = err;
    }

    static CheckObservers load() {
        List<CheckObserver> found = new ArrayList<>();
        loadFrom(CheckObservers.class.getClassLoader(), found);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != CheckObservers.class.getClassLoader()) {
            loadFrom(context, found);
        }
        return new CheckObservers(found, System.err);
    }

    private static void loadFrom(ClassLoader loader, List<CheckObserver> found) {
        Iterator<CheckObserver> it = ServiceLoader.load(CheckObserver.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                CheckObserver observer = it.next();
                if (found.stream().noneMatch(o -> o.getClass().getName().equals(observer.getClass().getName()))) {
                    found.add(observer);
                }
            } catch (ServiceConfigurationError | LinkageError broken) {
                System.err.println("[proof] a check observer could not be loaded and is left out: " + broken);
            }
        }
    }

    /** Builds the event only when someone listens (building it looks the evidence file up). */
    void checkEvaluated(Supplier<CheckEvent> event) {
        if (observers.isEmpty()) {
            return;
        }
        CheckEvent built = build(event);
        if (built != null) {
            each(o -> o.checkEvaluated(built), built.check().id());
        }
    }

    void levelEvaluated(Supplier<LevelEvent> event) {
        if (observers.isEmpty()) {
            return;
        }
        LevelEvent built = build(event);
        if (built != null) {
            each(o -> o.levelEvaluated(built), built.level().key());
        }
    }

    private <T> T build(Supplier<T> event) {
        try {
            return event.get();
        } catch (RuntimeException e) {
            err.println("[proof] check observers not told (the outcome stands): " + e);
            return null;
        }
    }

    private void each(Consumer<CheckObserver> call, String what) {
        for (CheckObserver observer : observers) {
            try {
                call.accept(observer);
            } catch (RuntimeException | LinkageError e) {
                // LinkageError too: an observer whose own dependencies are absent is a broken guest, not a failed check.
                err.println("[proof] check observer " + observer.getClass().getName() + " failed on " + what
                        + " (the outcome stands): " + e);
            }
        }
    }
}

package dev.junitproof.engine;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Where suites' progress on long reads goes ({@link dev.junitproof.api.suite.EvidenceReader#progress}): to one
 * watcher set by a caller in the same JVM that shows it (the command line on a terminal), or nowhere. A progress
 * report is a picture of work in flight, never evidence.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReadProgress {

    /** Told of each progress report, on the reading thread; must be quick. */
    @FunctionalInterface
    public interface Watcher {
        void progress(String unit, String work, long done, long total);
    }

    private static volatile Watcher watcher;

    private ReadProgress() {
    }

    /** Shows progress to {@code watch} until {@link #stop} (the command line, on a terminal only). */
    public static void watch(Watcher watch) {
        watcher = watch;
    }

    public static void stop() {
        watcher = null;
    }

    static void report(String unit, String work, long done, long total) {
        Watcher current = watcher;
        if (current != null) {
            current.progress(unit, work, done, total);
        }
    }
}

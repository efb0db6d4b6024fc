package dev.junitproof.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands finished suite runs from the engine to the report listener in the same JVM. The engine publishes the
 * token as a report entry, so the listener only takes runs it saw events for; a taken run is gone, so nothing
 * accumulates across launcher sessions.
 */
final class CompletedRuns {

    private static final ConcurrentHashMap<String, CompletedRun> RUNS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private CompletedRuns() {
    }

    static String newToken() {
        return "run-" + NEXT.incrementAndGet() + "-" + ProcessHandle.current().pid();
    }

    static void put(String token, CompletedRun run) {
        RUNS.put(token, run);
    }

    static Optional<CompletedRun> take(String token) {
        return Optional.ofNullable(RUNS.remove(token));
    }
}

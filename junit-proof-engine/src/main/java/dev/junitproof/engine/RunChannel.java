package dev.junitproof.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a finished suite run reaches the report listener whole and typed, in the same JVM. Report entries carry
 * strings and file entries carry paths, so neither can hand over the parsed evidence the reports are rendered
 * from, nor tell the engine that writing them failed; this channel does both.
 *
 * <p>When a run starts the engine opens a fresh token and publishes it as a report entry; a listener that sees the
 * entry attaches a sink for that token (on the engine's thread, before any evidence is read). When the run ends
 * the engine hands each sink the completed run and waits for what it has to say, then closes the token. Nothing
 * is held between runs: without a listener (an EngineTestKit run) no sink is ever attached, and a run's result is
 * never stored here, only handed over.
 */
final class RunChannel {

    /** What a listener does with a completed run: writes its reports, and says what could not be written. */
    @FunctionalInterface
    interface Sink {
        /** @return problems that make the run fail (a report not written), each naming the file; empty when none */
        List<String> completed(CompletedRun run);
    }

    private static final ConcurrentHashMap<String, List<Sink>> SINKS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private RunChannel() {
    }

    /** A token no other run of this JVM has: the process id keeps two JVMs' reports apart in one log. */
    static String open() {
        String token = "run-" + NEXT.incrementAndGet() + "-" + ProcessHandle.current().pid();
        SINKS.put(token, new CopyOnWriteArrayList<>());
        return token;
    }

    /** Attaches a sink to an open run; a token that is not open (another JVM's, or a finished run) is ignored. */
    static void attach(String token, Sink sink) {
        List<Sink> sinks = SINKS.get(token);
        if (sinks != null) {
            sinks.add(sink);
        }
    }

    /** Hands the run to every attached sink and returns what they could not do. */
    static List<String> deliver(String token, CompletedRun run) {
        List<String> problems = new ArrayList<>();
        for (Sink sink : SINKS.getOrDefault(token, List.of())) {
            problems.addAll(sink.completed(run));
        }
        return problems;
    }

    /** Forgets the run's sinks, whether or not it completed. */
    static void close(String token) {
        SINKS.remove(token);
    }

    /** Runs with open tokens: none once every run has finished. */
    static int openRuns() {
        return SINKS.size();
    }
}

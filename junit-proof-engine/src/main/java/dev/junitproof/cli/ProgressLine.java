package dev.junitproof.cli;

import dev.junitproof.engine.ReadProgress;

/**
 * The terminal's progress line on long work: {@code val24-relay-soak-2025-01-01: rounds 8,210 of 17,520 · 9,400/s ·
 * 1s left}, replaced at most ten times a second and cleared when the work ends. Only on a terminal: a pipe or a CI
 * log never sees it. The rate and the time left are a picture of work in flight, read off a monotonic clock.
 */
final class ProgressLine implements ReadProgress.Watcher, AutoCloseable {

    private static final long EVERY_NANOS = 100_000_000L;

    private final Terminal terminal;
    private final long started = System.nanoTime();
    private long shown;

    private ProgressLine(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Watches progress when the terminal is interactive; a no-op otherwise. */
    static ProgressLine on(Terminal terminal) {
        ProgressLine line = new ProgressLine(terminal);
        if (terminal.interactive()) {
            ReadProgress.watch(line);
        }
        return line;
    }

    @Override
    public synchronized void progress(String unit, String work, long done, long total) {
        long now = System.nanoTime();
        if (now - shown < EVERY_NANOS && done < total) {
            return;
        }
        shown = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        String left = rate > 0 && total > done ? " · " + Math.round((total - done) / rate) + "s left" : "";
        terminal.progress(unit + ": " + work + " " + String.format(java.util.Locale.ROOT, "%,d of %,d", done, total)
                + " · " + String.format(java.util.Locale.ROOT, "%,.0f/s", rate) + left);
    }

    @Override
    public void close() {
        if (terminal.interactive()) {
            ReadProgress.stop();
            terminal.endProgress();
        }
    }
}

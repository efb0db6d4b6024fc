package dev.junitproof.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the reports of many runs at once. Each report file is forced to disk before it replaces the old one, and
 * a run over a thousand evidence units writes thousands of them: done one after another, the run waits on the disk
 * for each; done by many writers, the file system commits many in one go. Waiting on a disk needs no core, so
 * the pool is far larger than the machine's two: on the 2-core VM, 3,000 forced small-file writes (create, write,
 * force, rename) took 0.27–0.32 ms each with 8 writers and 0.20–0.21 ms with 32, idle (48 and 64 were no better).
 */
final class ReportWriters {

    private static final int WRITERS = 32;

    private ReportWriters() {
    }

    /** Runs every task and returns the results in the tasks' order. Tasks must not throw (they report instead). */
    static <T> List<T> runAll(List<Callable<T>> tasks) {
        if (tasks.size() <= 1) {
            return tasks.stream().map(ReportWriters::call).toList();
        }
        ExecutorService pool = pool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(get(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Up to {@code tasks} writers (at most {@value #WRITERS}), on daemon threads: a writer never keeps a JVM alive. */
    static ExecutorService pool(int tasks) {
        return Executors.newFixedThreadPool(Math.max(1, Math.min(WRITERS, tasks)), task -> {
            Thread thread = new Thread(task, "proof-report-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException("a report task threw", e);
        }
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing reports", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a report task threw", e.getCause());
        }
    }
}

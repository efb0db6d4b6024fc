package dev.junitproof.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWritersTest {

    @Test
    void resultsComeInTheTasksOrderWhateverOrderTheyFinishIn() {
        // The first task cannot finish before the last one has: results must still come first-to-last.
        CountDownLatch lastDone = new CountDownLatch(1);
        Callable<String> first = () -> {
            boolean released = lastDone.await(30, TimeUnit.SECONDS);
            return released ? "first" : "first (timed out)";
        };
        Callable<String> middle = () -> "middle";
        Callable<String> last = () -> {
            lastDone.countDown();
            return "last";
        };

        assertThat(ReportWriters.runAll(List.of(first, middle, last))).containsExactly("first", "middle", "last");
    }

    @Test
    void aSingleTaskRunsOnTheCallersThread() {
        Thread caller = Thread.currentThread();

        assertThat(ReportWriters.runAll(List.<Callable<Boolean>>of(() -> Thread.currentThread() == caller)))
                .containsExactly(true);
    }
}

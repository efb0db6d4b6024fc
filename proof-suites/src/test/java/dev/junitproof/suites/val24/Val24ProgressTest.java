package dev.junitproof.suites.val24;

import dev.junitproof.engine.ReadProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounting tells whoever watches (the command line on a terminal) how far through the rounds it is. */
class Val24ProgressTest {

    @AfterEach
    void stopWatching() {
        ReadProgress.stop();
    }

    @Test
    void theRoundsAreReportedBatchByBatchFromNoneToAll(@TempDir Path temp) {
        List<String> seen = new CopyOnWriteArrayList<>();
        ReadProgress.watch((unit, work, done, total) -> seen.add(unit + " " + work + " " + done + "/" + total));

        Val24Runs.run(SoakFixture.seedSample().rounds(600), temp);

        assertThat(seen).containsExactly(
                "val24-relay-soak-2026-03-01 rounds 0/600",
                "val24-relay-soak-2026-03-01 rounds 256/600",
                "val24-relay-soak-2026-03-01 rounds 512/600",
                "val24-relay-soak-2026-03-01 rounds 600/600");
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.suites.hostile.ListingOrders;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.junitproof.suites.val27.RelayFixture.CAMPAIGN;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * VAL27 picks one directory per slice among several (the newest; on equal times, by name): the choice and the
 * reports do not depend on the order the evidence root is listed in.
 */
class Val27ListingOrderTest {

    @Test
    void theNewestDirectoryPerSliceAndTheReportsDoNotDependOnListingOrder(@TempDir Path tmp) throws Exception {
        Path root = RelayFixture.passing().writeTo(tmp.resolve(Val27Runs.ROOT));
        RelayFixture failing = RelayFixture.passing().failCheck(RelaySlice.VAL19, 1).failCheck(RelaySlice.VAL21, 1)
                .failCheck(RelaySlice.VAL23, 1);
        // Older runs of every slice beside the chosen ones; for VAL19 one modified at the same time (a tie).
        for (RelaySlice slice : RelaySlice.values()) {
            RelayFixture.writeSlice(root, RelayFixture.dirName(slice, "2026-03-18"), slice, failing.report(slice),
                    CAMPAIGN.minus(2, DAYS));
        }
        RelayFixture.writeSlice(root, "val19-relay-impairment-2026-03-19", RelaySlice.VAL19, failing.report(RelaySlice.VAL19),
                CAMPAIGN);

        List<ListingOrders.Reports> runs = ListingOrders.runInBothOrders(root, "", ProofRunner::selectDirectory,
                tmp.resolve("out"));

        assertThat(runs.get(0).files()).containsKeys(Val27Runs.ROOT + "/" + Val27Runs.TEXT, Val27Runs.ROOT + "/" + Val27Runs.JSON);
        assertThat(runs.get(1).files()).isEqualTo(runs.get(0).files());
        assertThat(runs.get(1).tests()).isEqualTo(runs.get(0).tests());
    }
}

package dev.junitproof.suites.val24;

import dev.junitproof.suites.hostile.ListingOrders;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** VAL24's reports do not depend on the order the file system lists a soak day's 194 round files in. */
class Val24ListingOrderTest {

    @Test
    void reportsAreByteIdenticalWhateverTheListingOrder(@TempDir Path tmp) throws Exception {
        Path soak = SoakFixture.seedSample().days(1).silentLoss(20, 1).writeTo(tmp.resolve("evidence"));

        List<ListingOrders.Reports> runs = ListingOrders.runInBothOrders(soak.getParent(),
                soak.getFileName().toString(), ProofRunner::selectDirectory, tmp.resolve("out"));

        assertThat(runs.get(0).files()).containsKeys(Val24Runs.UNIT + "/val24-daily.txt", Val24Runs.UNIT + "/val24-daily.json");
        assertThat(runs.get(1).files()).isEqualTo(runs.get(0).files());
        assertThat(runs.get(1).tests()).isEqualTo(runs.get(0).tests());
    }
}

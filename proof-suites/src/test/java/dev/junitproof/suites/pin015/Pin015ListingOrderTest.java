package dev.junitproof.suites.pin015;

import dev.junitproof.suites.hostile.ListingOrders;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PIN015 counts and names golden files: its reports do not depend on the order {@code shadow/golden} is listed in. */
class Pin015ListingOrderTest {

    @Test
    void reportsAreByteIdenticalWhateverTheOrderOfTheGoldenFiles(@TempDir Path tmp) throws Exception {
        M4Fixture fixture = M4Fixture.certified();
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        // Two unreadable golden files, so the report names failures in an order the listing could decide.
        Files.writeString(unit.resolve(GoldenFiles.DIRECTORY).resolve("zz-broken.json"), "{");
        Files.writeString(unit.resolve(GoldenFiles.DIRECTORY).resolve("aa-broken.json"), "[]");
        List<String> configuration = fixture.configuration();

        List<ListingOrders.Reports> runs = ListingOrders.runInBothOrders(unit.getParent(), M4Fixture.UNIT, dir -> {
            ProofRunner runner = ProofRunner.selectDirectory(dir);
            for (int i = 0; i < configuration.size(); i += 2) {
                runner.config(configuration.get(i), configuration.get(i + 1));
            }
            return runner;
        }, tmp.resolve("out"));

        assertThat(runs.get(0).files()).containsKeys(M4Fixture.UNIT + "/" + Pin015Runs.TEXT, M4Fixture.UNIT + "/" + Pin015Runs.JSON);
        assertThat(runs.get(0).tests()).anySatisfy((id, shown) ->
                assertThat(shown).startsWith("FAILED").contains("aa-broken.json", "zz-broken.json"));
        assertThat(runs.get(1).files()).isEqualTo(runs.get(0).files());
        assertThat(runs.get(1).tests()).isEqualTo(runs.get(0).tests());
    }
}

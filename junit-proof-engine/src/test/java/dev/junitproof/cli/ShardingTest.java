package dev.junitproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.engine.DemoSuites;
import dev.junitproof.engine.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: 1,000 generated evidence units proved in four shards and merged give exactly the verdicts and
 * counts of one unsharded run; every unit is in exactly one shard; a shard keeps its units when others are added.
 */
class ShardingTest {

    private static final int UNITS = 1_000;

    @TempDir
    Path tmp;

    /** A root of 1,000 dated demo units: most pass, every seventh is too slow, every eleventh not yet due. */
    private Path evidence() {
        Path root = tmp.resolve("evidence");
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < UNITS; i++) {
            String variant = i % 7 == 0 ? "slow" : i % 11 == 0 ? "pending" : "passing";
            DemoSuites.evidence(root, "demo-lab-" + first.plusDays(i), variant);
        }
        return root;
    }

    @Test
    void fourMergedShardsGiveTheVerdictsOfOneUnshardedRun() throws Exception {
        Path root = evidence();
        Cli whole = Cli.run("prove", root.toString(), "-o", tmp.resolve("whole").toString(), "-c", "proof.discover=all");
        assertThat(whole.exit()).isEqualTo(1);
        for (int shard = 1; shard <= 4; shard++) {
            Cli part = Cli.run("prove", root.toString(), "-o", tmp.resolve("shard-" + shard).toString(),
                    "-c", "proof.discover=all", "--shard", shard + "/4");
            assertThat(part.exit()).isIn(0, 1);
        }

        Cli merged = Cli.run("merge", tmp.resolve("shard-1").toString(), tmp.resolve("shard-2").toString(),
                tmp.resolve("shard-3").toString(), tmp.resolve("shard-4").toString(), "-o", tmp.resolve("merged").toString());
        Cli single = Cli.run("merge", tmp.resolve("whole").toString(), "-o", tmp.resolve("single").toString());

        assertThat(merged.exit()).isEqualTo(1).isEqualTo(single.exit());
        ObjectMapper json = new ObjectMapper();
        JsonNode shards = json.readTree(tmp.resolve("merged/proof-summary.json").toFile());
        JsonNode one = json.readTree(tmp.resolve("single/proof-summary.json").toFile());
        assertThat(shards.path("totals").path("runs").asInt()).isEqualTo(UNITS);
        assertThat(verdicts(shards)).isEqualTo(verdicts(one)).hasSize(UNITS);
        assertThat(verdicts(one).values()).anyMatch(v -> v.startsWith("PARTNER READY "))
                .anyMatch(v -> v.startsWith("NOT READY "));
        assertThat(shards.path("totals").path("runs_with_failures").asInt()).isEqualTo((UNITS + 6) / 7);
    }

    @Test
    void everyRunIsInExactlyOneShardAndKeepsItWhenUnitsAreAdded() {
        List<Integer> sizes = new ArrayList<>(List.of(0, 0, 0, 0));
        for (int i = 0; i < UNITS; i++) {
            String unit = "demo-lab-" + LocalDate.of(2020, 1, 1).plusDays(i);
            int in = 0;
            for (int s = 1; s <= 4; s++) {
                if (new Shard(s, 4).includes(unit, "DEMO")) {
                    in++;
                    sizes.set(s - 1, sizes.get(s - 1) + 1);
                }
            }
            assertThat(in).as(unit).isEqualTo(1);
        }
        // Roughly even: each shard within a fifth of a quarter.
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(200, 300));
        assertThat(Shard.parse("2/4")).contains(new Shard(2, 4));
        assertThat(Shard.parse("5/4")).isEmpty();
        assertThat(Shard.parse("0/4")).isEmpty();
        assertThat(Shard.parse("two/4")).isEmpty();
    }

    private static Map<String, String> verdicts(JsonNode summary) {
        Map<String, String> verdicts = new HashMap<>();
        for (JsonNode run : summary.path("runs")) {
            verdicts.put(run.path("suite").asText() + " " + run.path("evidence_unit").asText(),
                    run.path("verdict").asText() + " " + run.path("checks"));
        }
        return verdicts;
    }
}

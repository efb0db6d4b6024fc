package dev.junitproof.allure;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class ProofAllureRunFilesTest {

    @Test
    void reportLinesAreKeyedBySuiteAndLabelAndJoinWhereUnitsDiffer() {
        ProofAllureRunFiles.Run first = new ProofAllureRunFiles.Run("VAL25", "VAL25 Fleet Rollout Proof",
                Path.of("a"), lines("Backend", "SQLite (single-node, in-process)", "Test suite", "VAL07–VAL11",
                        "Evidence", "window 2026-03-23"));
        ProofAllureRunFiles.Run second = new ProofAllureRunFiles.Run("VAL25", "VAL25 Fleet Rollout Proof",
                Path.of("b"), lines("Backend", "SQLite (single-node, in-process)", "Test suite", "VAL07–VAL11",
                        "Evidence", "window 2026-03-24"));
        ProofAllureRunFiles.Run ha = new ProofAllureRunFiles.Run("VAL26", "VAL26 HA Proof", Path.of("a"),
                lines("Cluster", "Two-node HA"));
        ProofAllureRunFiles.Run none = new ProofAllureRunFiles.Run("DEMO", "DEMO Proof", Path.of("c"), Map.of());

        assertThat(ProofAllureRunFiles.reportLines(List.of(first, second, ha, none))).containsExactly(
                entry("VAL25.Backend", "SQLite (single-node, in-process)"),
                entry("VAL25.Evidence", "window 2026-03-23, window 2026-03-24"),
                entry("VAL25.Test_suite", "VAL07–VAL11"),
                entry("VAL26.Cluster", "Two-node HA"));
    }

    private static Map<String, String> lines(String... labelsAndValues) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            lines.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return lines;
    }
}

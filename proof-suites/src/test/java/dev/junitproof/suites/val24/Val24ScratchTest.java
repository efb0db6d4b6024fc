package dev.junitproof.suites.val24;

import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;

class Val24ScratchTest {
    @Test
    void dump() throws Exception {
        Path base = Path.of("/tmp/v24scratch");
        if (java.nio.file.Files.exists(base)) {
            try (var s = java.nio.file.Files.walk(base)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        }
        Path soak = SoakFixture.seedSample().days(3).silentLoss(100, 1).lyingRound(120).halfWrittenRound().duplicateReceipts(5).writeTo(base.resolve("evidence"));
        ProofRunner.selectDirectory(soak).config("proof.val24.write-back", "true").run(base.resolve("out"));
    }
}

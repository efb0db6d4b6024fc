package dev.junitproof.engine;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {

    @TempDir
    Path tmp;

    @Test
    void runs() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        ProofRunResult result = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
        System.out.println(result.tests());
        System.out.println(result.report("demo-lab-2026-03-23", "demo-proof-report.json"));
        assertThat(result.tests()).isNotEmpty();
    }
}

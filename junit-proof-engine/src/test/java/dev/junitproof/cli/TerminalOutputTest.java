package dev.junitproof.cli;

import dev.junitproof.engine.DemoSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A terminal gets colour and a progress line; a pipe or CI log gets neither, not even one escape code. */
class TerminalOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aPipeGetsNoEscapeCodesAndNoCarriageReturns() {
        DemoSuites.evidence(tmp.resolve("evidence"), "demo-lab-2026-03-23", "slow");

        Cli cli = Cli.run("prove", tmp.resolve("evidence").toString(), "-o", tmp.resolve("out").toString(), "--details");

        assertThat(cli.out() + cli.err()).doesNotContain("\u001b", "\r").contains("✘ DEMO-01 Latency: p99 <= 500ms");
    }

    @Test
    void aTerminalGetsColourAndAProgressLineThatIsClearedAtTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);

        try (ProgressLine line = ProgressLine.on(terminal)) {
            line.progress("val24-relay-soak-2025-01-01", "rounds", 17_520, 17_520);
        }

        assertThat(terminal.red("FAIL")).isEqualTo("\u001b[31mFAIL\u001b[0m");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("\r\u001b[2Kval24-relay-soak-2025-01-01: rounds 17,520 of 17,520 · ")
                .endsWith("\r\u001b[2K");
    }

    @Test
    void aPipeGetsNoProgressLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal pipe = new Terminal(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), false);

        try (ProgressLine line = ProgressLine.on(pipe)) {
            line.progress("unit", "rounds", 1, 2);
        }

        assertThat(err.size()).isZero();
    }
}

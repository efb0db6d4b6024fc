package dev.junitproof.engine;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a JVM while it is rewriting a report: whatever the moment, the report on disk is one of the complete
 * versions, never a torn file. The kill lands wherever the child happens to be; the assertion holds for all.
 */
class CrashSafeOutputTest {

    @TempDir
    Path tmp;

    /** A report big enough that a torn write would be likely to show. */
    static String content(char fill) {
        return ("report " + fill + "\n").repeat(200_000);
    }

    @RepeatedTest(3)
    void aKilledWriterLeavesTheOldOrTheNewCompleteReport() throws Exception {
        Path target = tmp.resolve("val25-proof-report.txt");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashSafeWriting.class.getName(), target.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            child.destroyForcibly();
            child.waitFor();
        }

        String onDisk = Files.readString(target);
        assertThat(onDisk.equals(content('a')) || onDisk.equals(content('b')))
                .as("report is one complete version (%d chars)", onDisk.length()).isTrue();
    }
}

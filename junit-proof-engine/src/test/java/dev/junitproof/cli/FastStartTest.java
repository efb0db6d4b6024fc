package dev.junitproof.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code java -jar} starts the proof's tuned JVM: which options it passes on and which archive it maps. */
class FastStartTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstJvmsOwnOptionsArePassedOnAndTheJarAndItsArgumentsAreNot() {
        assertThat(FastStart.jvmOptions("-Xmx256m", "-Dproof.clock=2026-03-23T12:00:00Z", "-jar", "j.jar", "prove", "-c"))
                .containsExactly("-Xmx256m", "-Dproof.clock=2026-03-23T12:00:00Z");
        assertThat(FastStart.jvmOptions("-cp", "j.jar", "dev.junitproof.cli.FastStart", "-Xmx1g")).isEmpty();
        assertThat(FastStart.jvmOptions()).isEmpty();
        assertThat(FastStart.jvmOptions("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xss2m", "-jar", "j.jar"))
                .as("an option whose value is the next argument keeps it").containsExactly("--add-opens",
                        "java.base/java.lang=ALL-UNNAMED", "-Xss2m");
    }

    @Test
    void theArchiveBuiltBesideTheJarIsMappedWhenItIsNotOlderThanTheJar() throws Exception {
        Path jar = Files.writeString(tmp.resolve("junit-proof-standalone.jar"), "jar");
        Path archive = Files.writeString(tmp.resolve("junit-proof-standalone.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));

        assertThat(FastStart.archiveOptions(jar, tmp.resolve("cache"))).startsWith("-XX:SharedArchiveFile=" + archive);

        // A jar rebuilt after its archive: the archive would not match, so one is recorded in the cache instead.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        assertThat(FastStart.archiveOptions(jar, tmp.resolve("cache")).get(0))
                .isEqualTo("-XX:ArchiveClassesAtExit=" + tmp.resolve("cache").resolve("standalone-3-3000.jsa"));
        Files.writeString(tmp.resolve("cache").resolve("standalone-3-3000.jsa"), "recorded");
        assertThat(FastStart.archiveOptions(jar, tmp.resolve("cache")).get(0))
                .as("recorded once, then mapped").isEqualTo("-XX:SharedArchiveFile=" + tmp.resolve("cache").resolve("standalone-3-3000.jsa"));
    }

    @Test
    void theSecondJvmRunsTheCommandLineItself() {
        String previous = System.setProperty(FastStart.FORKED, "true");
        try {
            assertThat(FastStart.secondJvm("prove", "dir")).isEmpty();
        } finally {
            if (previous == null) {
                System.clearProperty(FastStart.FORKED);
            } else {
                System.setProperty(FastStart.FORKED, previous);
            }
        }
    }

    @Test
    void outsideAJarNothingIsForked() {
        // The test classes are a directory, not a jar: the command line runs in this JVM.
        assertThat(FastStart.secondJvm("prove", "dir")).isEmpty();
    }
}

package dev.junitproof.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write that fails leaves the previous file as it was and no temp file behind. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    private long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void replacesTheFileAndCreatesItsDirectory() throws IOException {
        Path target = tmp.resolve("new/dir/report.txt");

        AtomicFiles.write(target, "one\n");
        AtomicFiles.write(target, "two\n");

        assertThat(target).hasContent("two");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void contentThatFailsLeavesTheOldFileAndNoTemp() throws IOException {
        Path target = Files.writeString(tmp.resolve("report.txt"), "old\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("renderer failed");
        })).hasMessage("renderer failed");

        assertThat(target).hasContent("old");
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesNoTemp() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("report.txt").resolve("inside")).getParent();

        assertThatThrownBy(() -> AtomicFiles.write(target, "new\n")).isInstanceOf(IOException.class);

        assertThat(target).isDirectory();
        assertThat(tempFiles()).isZero();
    }
}

package dev.junitproof.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A suite's report set is replaced whole or not at all: a file that cannot be written (a full disk) or a target
 * that cannot be replaced leaves the previous set untouched and no temp file; temp files a killed run of the
 * engine left behind are removed by the next write to the directory, and nothing else is.
 */
class ReportSetWritingTest {

    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String content) {
        return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, AtomicFiles.Content> set(String version) {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put("r.txt", text("text " + version));
        files.put("r.json", text("json " + version));
        files.put("r.md", text("md " + version));
        return files;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewSetReplacesTheOldOne() throws IOException {
        AtomicFiles.writeSet(dir, set("1"), List.of());
        AtomicFiles.writeSet(dir, set("2"), List.of());

        assertThat(dir.resolve("r.txt")).hasContent("text 2");
        assertThat(dir.resolve("r.md")).hasContent("md 2");
        assertThat(names()).containsExactly("r.json", "r.md", "r.txt");
    }

    @Test
    void aFileThatCannotBeWrittenKeepsTheWholePreviousSet() throws IOException {
        AtomicFiles.writeSet(dir, set("1"), List.of());
        Map<String, AtomicFiles.Content> failing = set("2");
        failing.put("r.md", out -> {
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> AtomicFiles.writeSet(dir, failing, List.of())).hasMessage("No space left on device");

        assertThat(dir.resolve("r.txt")).hasContent("text 1");
        assertThat(dir.resolve("r.json")).hasContent("json 1");
        assertThat(dir.resolve("r.md")).hasContent("md 1");
        assertThat(names()).as("no temp file left").containsExactly("r.json", "r.md", "r.txt");
    }

    @Test
    void aTargetThatIsNotAFileKeepsTheWholePreviousSet() throws IOException {
        AtomicFiles.writeSet(dir, set("1"), List.of());
        Files.delete(dir.resolve("r.md"));
        Files.createDirectories(dir.resolve("r.md/inside"));

        assertThatThrownBy(() -> AtomicFiles.writeSet(dir, set("2"), List.of()))
                .hasMessageContaining(dir.resolve("r.md").toString()).hasMessageContaining("not replaced");

        assertThat(dir.resolve("r.txt")).hasContent("text 1");
        assertThat(dir.resolve("r.json")).hasContent("json 1");
    }

    @Test
    void aFileOfTheOldSetThisSetNoLongerHasIsRemovedOnceTheSetIsInPlace() throws IOException {
        Files.writeString(dir.resolve("r.intoto.jsonl"), "an envelope of the old reports");

        AtomicFiles.writeSet(dir, set("2"), List.of("r.intoto.jsonl"));

        assertThat(names()).containsExactly("r.json", "r.md", "r.txt");
    }

    @Test
    void tempFilesOfADeadRunAreRemovedAndNothingElse() throws IOException {
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Files.writeString(dir.resolve(".r.txt." + dead + ".7.tmp"), "left by a killed run");
        Files.writeString(dir.resolve(".r.txt." + alive + ".7.tmp"), "another run writing right now");
        Files.writeString(dir.resolve(".notes.tmp"), "not a name the engine makes");
        Files.writeString(dir.resolve("evidence.json"), "not a temp file");

        AtomicFiles.writeSet(dir, set("1"), List.of());

        assertThat(names()).containsExactly(".notes.tmp", ".r.txt." + alive + ".7.tmp", "evidence.json",
                "r.json", "r.md", "r.txt");
    }

    /** A process id no process has: above every live one. */
    private static long deadPid() {
        long max = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1);
        return max + 100_000;
    }
}

package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.suite.Loaded.MissingReason;
import dev.junitproof.api.suite.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Bad evidence is a clear MISSING detail naming file and field, never a crash, a hang or a read outside the root. */
class EvidenceReadingTest {

    @TempDir
    Path tmp;

    private Path root;
    private Path unit;
    private EvidenceLedger ledger;
    private SafeEvidenceReader reader;

    private SafeEvidenceReader reader(ReadLimits limits) throws IOException {
        root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        unit = Files.createDirectories(root.resolve("demo-lab-2026-03-23"));
        ledger = new EvidenceLedger();
        reader = new SafeEvidenceReader(root, unit, limits, ledger);
        return reader;
    }

    private Loaded<JsonNode> read(String content) throws IOException {
        reader(ReadLimits.DEFAULT);
        Files.writeString(unit.resolve("demo.json"), content, StandardCharsets.UTF_8);
        return reader.readJson("demo.json", DemoSuite.SCHEMA);
    }

    private static String valid(String p99) {
        return "{\"generated_at\": \"2026-03-23T10:15:02Z\", \"latency\": {\"p99_ms\": " + p99 + ", \"samples\": 20}}";
    }

    private static String detail(Loaded<?> loaded) {
        assertThat(loaded).isInstanceOf(Loaded.Missing.class);
        return loaded.missingDetail();
    }

    @Test
    void validEvidenceIsReadAndDigested() throws Exception {
        Loaded<JsonNode> loaded = read(valid("24.1"));

        assertThat(loaded.optional().orElseThrow().at("/latency/p99_ms").asDouble()).isEqualTo(24.1);
        assertThat(ledger.entries()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("demo.json");
            assertThat(d.sha256()).hasSize(64);
        });
    }

    @Test
    void aLeadingByteOrderMarkIsTolerated() throws Exception {
        assertThat(read("\uFEFF" + valid("24.1")).isPresent()).isTrue();
    }

    @Test
    void wrongTypeAndAbsentFieldsNameTheirPointer() throws Exception {
        assertThat(detail(read(valid("\"fast\""))))
                .isEqualTo("demo.json: /latency/p99_ms must be a number, found string");
        assertThat(detail(read("{\"generated_at\": \"2026-03-23T10:15:02Z\", \"latency\": {\"samples\": 20}}")))
                .isEqualTo("demo.json: /latency/p99_ms is required but absent");
        assertThat(detail(read(valid("null")))).isEqualTo("demo.json: /latency/p99_ms must be a number, found null");
    }

    @Test
    void nonFiniteNumbersAreRefused() throws Exception {
        assertThat(detail(read(valid("NaN")))).startsWith("demo.json: not valid JSON");
        assertThat(detail(read(valid("Infinity")))).startsWith("demo.json: not valid JSON");
        assertThat(detail(read(valid("1e400")))).isEqualTo("demo.json: /latency/p99_ms is a number that does not fit a double");
        assertThat(detail(read("{\"runs\": [{\"ms\": [1, 2.5]}, {\"ms\": [3, -1e400]}], \"a~b/c\": 1}")))
                .isEqualTo("demo.json: /runs/1/ms/1 is a number that does not fit a double");
        assertThat(detail(read("{\"a~b/c\": 1e999}"))).isEqualTo("demo.json: /a~0b~1c is a number that does not fit a double");
    }

    @Test
    void malformedJsonIsASchemaMismatch() throws Exception {
        assertThat(detail(read(""))).isEqualTo("demo.json is empty");
        assertThat(detail(read("{\"latency\": {"))).startsWith("demo.json: not valid JSON");
        assertThat(detail(read(valid("24.1") + " trailing"))).startsWith("demo.json: not valid JSON");
        assertThat(detail(read("{\"latency\": 1, \"latency\": 2}"))).contains("Duplicate field 'latency'");
        assertThat(detail(read("[1, 2]"))).isEqualTo("demo.json: the top level must be a JSON object, found array");
    }

    @Test
    void invalidUtf8IsASchemaMismatch() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.write(unit.resolve("demo.json"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});

        assertThat(detail(reader.readJson("demo.json"))).isEqualTo("demo.json is not valid UTF-8 text");
    }

    @Test
    void nestingPastTheLimitIsRefusedWithoutACrash() throws Exception {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        assertThat(detail(read(deep))).startsWith("demo.json: not valid JSON").contains("nesting depth");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws Exception {
        reader(new ReadLimits(100, 64));
        Files.writeString(unit.resolve("demo.json"), valid("24.1") + " ".repeat(200));

        Loaded<JsonNode> loaded = reader.readJson("demo.json");

        assertThat(detail(loaded)).contains("over the limit of 100 bytes (proof.max-file-bytes)");
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void absentFilesAndDirectoriesInTheirPlaceAreMissing() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.createDirectories(unit.resolve("dir.json"));

        assertThat(((Loaded.Missing<?>) reader.readJson("absent.json")).reason()).isEqualTo(MissingReason.NOT_FOUND);
        assertThat(detail(reader.readJson("dir.json"))).isEqualTo("dir.json is a directory, not a report file");
    }

    @Test
    void aFifoWhereAReportIsExpectedIsMissingNeverAHang() throws Exception {
        reader(ReadLimits.DEFAULT);
        Path fifo = unit.resolve("demo.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            made = false;
        }
        assumeTrue(made, "mkfifo is available");

        assertThat(detail(reader.readJson("demo.json"))).contains("not a regular file");
    }

    @Test
    void linksThatLeaveTheRootAreNotFollowed() throws Exception {
        reader(ReadLimits.DEFAULT);
        Path secret = Files.writeString(tmp.resolve("secret.json"), valid("1"));
        Files.createSymbolicLink(unit.resolve("demo.json"), secret);
        Files.createSymbolicLink(unit.resolve("sub"), tmp);

        Loaded<JsonNode> viaFile = reader.readJson("demo.json");
        Loaded<JsonNode> viaDir = reader.readJson("sub/secret.json");

        assertThat(((Loaded.Missing<?>) viaFile).reason()).isEqualTo(MissingReason.OUTSIDE_ROOT);
        assertThat(detail(viaFile)).contains("is a link that leaves the evidence root");
        assertThat(((Loaded.Missing<?>) viaDir).reason()).isEqualTo(MissingReason.OUTSIDE_ROOT);
        assertThat(((Loaded.Missing<?>) reader.readJson("../../secret.json")).reason()).isEqualTo(MissingReason.OUTSIDE_ROOT);
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void aLinkLoopIsMissingNotAnError() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.createSymbolicLink(unit.resolve("a.json"), unit.resolve("b.json"));
        Files.createSymbolicLink(unit.resolve("b.json"), unit.resolve("a.json"));

        assertThat(detail(reader.readJson("a.json"))).contains("a link that resolves to nothing");
    }

    @Test
    void linesAreStreamedAndDigested() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.writeString(unit.resolve("log.txt"), "\uFEFFone\ntwo\nthree\n");
        List<String> lines = new ArrayList<>();

        Loaded<Long> count = reader.streamLines("log.txt", lines::add);

        assertThat(count.optional()).contains(3L);
        assertThat(lines).containsExactly("one", "two", "three");
        assertThat(ledger.entries()).singleElement().satisfies(d -> assertThat(d.bytes()).isEqualTo(17));
    }

    @Test
    void recordsBindWithSnakeCaseNames() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.writeString(unit.resolve("demo.json"), valid("24.1"));

        Loaded<DemoSuite.Demo> demo = reader.readJson(DemoSuite.Demo.class, "demo.json", DemoSuite.SCHEMA);

        assertThat(demo.optional().orElseThrow().latency().p99Ms()).isEqualTo(24.1);
        assertThat(demo.optional().orElseThrow().generatedAt()).isEqualTo("2026-03-23T10:15:02Z");
    }

    @Test
    void listingFlagsEntriesThatLeaveTheRoot() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.createDirectories(unit.resolve("inside"));
        Files.createSymbolicLink(unit.resolve("outside"), tmp);

        assertThat(reader.list("").optional().orElseThrow())
                .extracting(e -> e.name() + ":" + e.directory() + ":" + e.outsideRoot())
                .containsExactly("inside:true:false", "outside:false:true");
    }

    @Test
    void aDirectoryLinkLeavingTheRootIsRefusedNotListedAsEmpty() throws Exception {
        reader(ReadLimits.DEFAULT);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("r000001.json"), "{}");
        Files.createSymbolicLink(unit.resolve("rounds"), elsewhere);

        Loaded<List<dev.junitproof.api.suite.DirectoryEntry>> listed = reader.list("rounds");
        Loaded<List<String>> names = reader.names("rounds");

        assertThat(listed).isInstanceOf(Loaded.Missing.class);
        assertThat(((Loaded.Missing<?>) listed).reason()).isEqualTo(MissingReason.OUTSIDE_ROOT);
        assertThat(listed.missingDetail()).startsWith("rounds is a link that leaves the evidence root");
        assertThat(((Loaded.Missing<?>) names).reason()).isEqualTo(MissingReason.OUTSIDE_ROOT);
    }

    @Test
    void absentAndNonDirectoryPathsAreMissingWithTheirReason() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.writeString(unit.resolve("file.json"), "{}");

        assertThat(((Loaded.Missing<?>) reader.names("nothing")).reason()).isEqualTo(MissingReason.NOT_FOUND);
        assertThat(((Loaded.Missing<?>) reader.names("file.json")).reason()).isEqualTo(MissingReason.NOT_REGULAR_FILE);
        assertThat(reader.names("file.json").missingDetail()).isEqualTo("file.json is not a directory");
    }

    @Test
    void namesAreSortedWhateverOrderTheyWereCreatedIn() throws Exception {
        reader(ReadLimits.DEFAULT);
        Path rounds = Files.createDirectories(unit.resolve("rounds"));
        for (String name : List.of("r000003.json", "r000001.json", "r000002-seeded.txt", "r000010.json")) {
            Files.writeString(rounds.resolve(name), "{}");
        }

        assertThat(reader.names("rounds").optional().orElseThrow())
                .containsExactly("r000001.json", "r000002-seeded.txt", "r000003.json", "r000010.json");
        assertThat(reader.names("").optional().orElseThrow()).containsExactly("rounds");
    }

    @Test
    void smallAndLargeFilesGiveTheSameLinesAndTheirTrueDigest() throws Exception {
        reader(ReadLimits.DEFAULT);
        // Under 1 MiB a file is read whole; over it, streamed. Both must give the same lines and digest.
        String small = "\uFEFFone\r\ntwo\rthree";
        String large = (small + "\n").repeat(70_000);
        Files.writeString(unit.resolve("small.txt"), small);
        Files.writeString(unit.resolve("large.txt"), large);
        assertThat(Files.size(unit.resolve("large.txt"))).isGreaterThan(1L << 20);

        List<String> smallLines = reader.readLines("small.txt").optional().orElseThrow();
        List<String> largeLines = reader.readLines("large.txt").optional().orElseThrow();

        assertThat(smallLines).containsExactly("one", "two", "three");
        assertThat(largeLines).hasSize(210_000).startsWith("one", "two", "three", "\uFEFFone");
        assertThat(ledger.entries()).extracting(d -> d.path() + " " + d.sha256() + " " + d.bytes()).containsExactly(
                "large.txt " + sha256(large) + " " + large.getBytes(StandardCharsets.UTF_8).length,
                "small.txt " + sha256(small) + " " + small.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aConsumerThatFailsMakesTheFileMissingAndUnrecorded() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.writeString(unit.resolve("edged.log"), "line\n");

        Loaded<Long> failed = reader.stream("edged.log", in -> {
            throw new IOException("no receipts array\nsecond line");
        });
        Loaded<Long> read = reader.stream("edged.log", in -> assertThat(in.readAllBytes()).hasSize(5));

        assertThat(detail(failed)).isEqualTo("edged.log: no receipts array");
        assertThat(read.optional()).contains(5L);
        assertThat(ledger.entries()).singleElement().satisfies(d -> assertThat(d.sha256()).isEqualTo(sha256("line\n")));
    }

    @Test
    void invalidUtf8InALineFileNamesTheLine() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.write(unit.resolve("seeded.txt"), new byte[] {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28});

        assertThat(detail(reader.readLines("seeded.txt"))).isEqualTo("seeded.txt: not valid UTF-8 text (line 3)");
        assertThat(ledger.entries()).isEmpty();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void streamsOfWhatIsNotAReadableFileAreMissingWithTheirReason() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.createDirectories(unit.resolve("logs"));

        assertThat(((Loaded.Missing<?>) reader.stream("absent.log", in -> { })).reason()).isEqualTo(MissingReason.NOT_FOUND);
        assertThat(((Loaded.Missing<?>) reader.streamLines("absent.log", line -> { })).reason())
                .isEqualTo(MissingReason.NOT_FOUND);
        assertThat(detail(reader.readLines("logs"))).isEqualTo("logs is a directory, not a report file");
        assertThat(reader.isFile("logs")).isFalse();
        assertThat(reader.isFile("absent.log")).isFalse();
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void aLargeLineFileIsStreamedWithTheSameRefusals() throws Exception {
        reader(ReadLimits.DEFAULT);
        byte[] lines = "seeded\n".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(lines, lines.length + 2);
        broken[lines.length] = (byte) 0xC3;
        broken[lines.length + 1] = (byte) 0x28;
        Files.write(unit.resolve("big.txt"), lines);
        Files.write(unit.resolve("broken.txt"), broken);
        long[] seen = new long[1];

        Loaded<Long> count = reader.streamLines("big.txt", line -> seen[0]++);
        Loaded<Long> refused = reader.streamLines("broken.txt", line -> { });
        Loaded<Long> consumerFailed = reader.streamLines("big.txt", line -> {
            throw new IllegalStateException("not an id: " + line + "\nmore");
        });

        assertThat(count.optional()).contains(200_000L);
        assertThat(seen[0]).isEqualTo(200_000L);
        assertThat(detail(refused)).startsWith("broken.txt: not valid UTF-8 text (line ");
        assertThat(detail(consumerFailed)).isEqualTo("big.txt: not an id: seeded");
        assertThat(ledger.entries()).extracting(d -> d.path() + " " + d.bytes()).containsExactly("big.txt " + lines.length);
    }

    @Test
    void aStreamedFileIsDigestedWholeEvenWhenTheConsumerStopsEarly() throws Exception {
        reader(ReadLimits.DEFAULT);
        String content = "x".repeat((1 << 20) + 10);
        Files.writeString(unit.resolve("edged.log"), content);

        Loaded<Long> read = reader.stream("edged.log", in -> {
            in.read();
            in.close();
        });

        assertThat(read.optional()).contains((long) content.length());
        assertThat(ledger.entries()).singleElement().satisfies(d -> assertThat(d.sha256()).isEqualTo(sha256(content)));
        assertThat(detail(reader.stream("edged.log", in -> {
            throw new java.io.IOException("truncated receipts");
        }))).isEqualTo("edged.log: truncated receipts");
    }

    @Test
    void bindingErrorsNameTheirPointer() throws Exception {
        reader(ReadLimits.DEFAULT);
        Files.writeString(unit.resolve("demo.json"),
                "{\"generated_at\": \"2026-03-23T10:15:02Z\", \"latency\": {\"p99_ms\": 1, \"samples\": \"many\"}}");

        Loaded<DemoSuite.Demo> demo = reader.readJson(DemoSuite.Demo.class, "demo.json");

        assertThat(detail(demo)).startsWith("demo.json: /latency/samples Cannot deserialize value of type `int`");
        assertThat(detail(reader.readJson(DemoSuite.Demo.class, "absent.json"))).isEqualTo("absent.json not found");
    }

    @Test
    void aTreeBindsAsAFileWould() throws Exception {
        JsonNode tree = read(valid("24.1")).optional().orElseThrow();

        DemoSuite.Demo demo = reader.bind(tree, DemoSuite.Demo.class);

        assertThat(demo.latency().p99Ms()).isEqualTo(24.1);
        assertThat(demo.latency().samples()).isEqualTo(20);
    }

    @Test
    void lastModifiedIsTheFilesAndAbsentForWhatIsNotThere() throws Exception {
        reader(ReadLimits.DEFAULT);
        Path file = Files.writeString(unit.resolve("demo.json"), "{}");
        java.time.Instant when = java.time.Instant.parse("2026-03-23T10:15:02Z");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(when));

        assertThat(reader.lastModified("demo.json")).contains(when);
        assertThat(reader.lastModified("absent.json")).isEmpty();
    }

    @Test
    void listedEntriesCarryTheirTimesAndALinkLeavingTheRootItsOwn() throws Exception {
        reader(ReadLimits.DEFAULT);
        java.time.Instant when = java.time.Instant.parse("2026-03-01T00:00:00Z");
        Path inside = Files.writeString(unit.resolve("a.json"), "{}");
        Files.setLastModifiedTime(inside, java.nio.file.attribute.FileTime.from(when));
        Path secret = Files.writeString(tmp.resolve("secret.json"), "{}");
        Files.setLastModifiedTime(secret, java.nio.file.attribute.FileTime.from(when.plusSeconds(3600)));
        Path out = Files.createSymbolicLink(unit.resolve("b.json"), secret);
        java.time.Instant linkTime = Files.getLastModifiedTime(out, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant();
        Files.createSymbolicLink(unit.resolve("c.json"), unit.resolve("nothing.json"));

        List<dev.junitproof.api.suite.DirectoryEntry> entries = reader.list("").optional().orElseThrow();

        assertThat(entries).extracting(dev.junitproof.api.suite.DirectoryEntry::name).containsExactly("a.json", "b.json", "c.json");
        assertThat(entries.get(0).lastModified()).isEqualTo(when);
        assertThat(entries.get(1).outsideRoot()).isTrue();
        assertThat(entries.get(1).lastModified()).as("the link's own time, never the outside file's").isEqualTo(linkTime);
        assertThat(entries.get(2).outsideRoot()).isFalse();
        assertThat(entries.get(2).lastModified()).as("a broken link has no time").isEqualTo(java.time.Instant.EPOCH);
    }
}

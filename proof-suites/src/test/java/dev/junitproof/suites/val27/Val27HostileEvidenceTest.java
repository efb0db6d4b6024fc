package dev.junitproof.suites.val27;

import dev.junitproof.suites.hostile.Hostile;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.junitproof.suites.val27.RelaySlice.VAL22;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for VAL27: damage generated against the VAL22 summary (and the shared slice envelope), each
 * case with its exact outcome map, the message naming file and pointer, and the report files written.
 */
class Val27HostileEvidenceTest {

    private static final String DIR = RelayFixture.dirName(VAL22, RelayFixture.DATE);
    private static final String FILE = DIR + "/" + VAL22.file();

    @TempDir
    Path tmp;

    /** One case: the evidence (fixture, then damage to the written VAL22 file), settings, and what must follow. */
    record Case(Supplier<RelayFixture> fixture, Hostile.Damage damage, Map<String, String> config,
                Map<String, Shown> expected, String message) {
    }

    /** VAL22 unreadable: its report test alone, failed; its matrix row, the checks reading it, VAL27-10 and the level. */
    static Map<String, Shown> missing() {
        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.withoutSliceChecks(Val27Runs.passing(), VAL22));
        expected.put("VAL27-04", Shown.FAILED);
        expected.put("VAL27-06", Shown.FAILED);
        expected.put("VAL27-08", Shown.FAILED);
        return expected;
    }

    /** As {@link #missing()}, with no report file left to date the campaign: the window is unproven, and fails. */
    static Map<String, Shown> missingWithoutAFile() {
        Map<String, Shown> expected = missing();
        expected.put("VAL27-WINDOW", Shown.FAILED);
        return expected;
    }

    private static Case unreadable(RelayFixture fixture, Hostile.Damage damage, String detail) {
        return new Case(() -> fixture, damage, Map.of(), missing(), detail);
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Hostile.Kind kind : Hostile.byteLevel()) {
            // Where no regular file is left, the campaign window has no VAL22 time to go by.
            boolean noFile = kind.name().contains("directory") || kind.name().contains("FIFO") || kind.name().contains("link");
            cases.add(Arguments.of(Named.of(kind.name(), new Case(RelayFixture::passing, kind.damage(), Map.of(),
                    noFile ? missingWithoutAFile() : missing(), kind.detail()))));
        }
        cases.add(Arguments.of(Named.of("UTF-8 BOM passes", new Case(RelayFixture::passing,
                f -> Files.write(f, ("\uFEFF" + Files.readString(f)).getBytes(StandardCharsets.UTF_8)), Map.of(),
                Val27Runs.passing(), null))));
        cases.add(Arguments.of(Named.of("over proof.max-file-bytes", new Case(RelayFixture::passing,
                f -> Files.writeString(f, Files.readString(f) + " ".repeat(4096)), Map.of("proof.max-file-bytes", "3072"),
                // A file refused unread has no time the window may go by either.
                missingWithoutAFile(), "over the limit of 3072 bytes (proof.max-file-bytes)"))));
        cases.add(Arguments.of(Named.of("a link leaving the evidence root (slice directory)", new Case(RelayFixture::passing,
                f -> {
                    Path dir = f.getParent();
                    Path outside = Hostile.outsideRoot(f).resolve(dir.getFileName());
                    Files.createDirectories(outside.getParent());
                    Files.move(dir, outside);
                    Files.createSymbolicLink(dir, outside);
                }, Map.of(), missingWithoutAFile(), "is a link that leaves the evidence root"))));
        for (Hostile.Field field : Hostile.requiredFields("/dev/junitproof/suites/slices/slice-envelope.schema.json",
                "/dev/junitproof/suites/val27/val22-summary.schema.json")) {
            Object wrong = Hostile.wrongType(field.type());
            cases.add(Arguments.of(Named.of("wrong type at " + field.pointer(),
                    unreadable(RelayFixture.passing().set(VAL22, field.pointer(), wrong), f -> { }, ": " + field.pointer() + " "))));
        }
        cases.add(Arguments.of(Named.of("null where /retention is required",
                unreadable(RelayFixture.passing().set(VAL22, "/retention", null), f -> { }, ": /retention must be an object, found null"))));
        cases.add(Arguments.of(Named.of("negative count",
                unreadable(RelayFixture.passing().set(VAL22, "/group_r_entries", -4), f -> { }, ": /group_r_entries"))));
        cases.add(Arguments.of(Named.of("timestamp without offset",
                unreadable(RelayFixture.passing().set(VAL22, "/generated_at", "2026-03-20T10:00:00"), f -> { }, ": /generated_at"))));
        cases.add(Arguments.of(Named.of("a date that does not exist",
                unreadable(RelayFixture.passing().set(VAL22, "/generated_at", "2026-02-30T10:00:00Z"), f -> { }, ": /generated_at"))));
        cases.add(Arguments.of(Named.of("result in lower case",
                unreadable(RelayFixture.passing().set(VAL22, "/checks/2/result", "pass"), f -> { }, ": /checks/2/result"))));
        cases.add(Arguments.of(Named.of("result unknown",
                unreadable(RelayFixture.passing().set(VAL22, "/checks/2/result", "OK"), f -> { }, ": /checks/2/result"))));
        // Found by Val27EvidenceFuzzTest (input val22Summary/crash-c4119e84…): a check id of another slice. It is shown
        // under its own name with the lab's recorded result; VAL22's list lacks VAL22-09, so the report and its row fail.
        Map<String, Shown> foreign = Val27Runs.notReady(Val27Runs.passing());
        foreign.put("VAL22-report", Shown.FAILED);
        foreign.put("VAL27-04", Shown.FAILED);
        foreign.remove("VAL22-09");
        foreign.put("VAL22/VAL11-09", Shown.PASSED);
        cases.add(Arguments.of(Named.of("check id of another slice", new Case(() -> RelayFixture.passing()
                .set(VAL22, "/checks/8/id", "VAL11-09"), f -> { }, Map.of(), foreign, null))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileEvidenceHasItsExactOutcome(Case c) throws Exception {
        Path root = c.fixture().get().writeTo(tmp.resolve(Val27Runs.ROOT));
        Path file = root.resolve(FILE);
        c.damage().apply(file);
        // The lab's file time, kept where a file is left, so only the damage differs from the passing campaign.
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonFixtures.touch(file, RelayFixture.CAMPAIGN);
        }
        JsonFixtures.touch(root.resolve(DIR), RelayFixture.CAMPAIGN);
        ProofRunner runner = ProofRunner.selectDirectory(root);
        c.config().forEach(runner::config);

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(run.tests("VAL27")).isEqualTo(c.expected());
        if (c.message() != null) {
            assertThat(run.message("VAL27-04")).contains(FILE, c.message());
            assertThat(run.message("VAL22-report")).contains(FILE);
        }
        Hostile.reportsWritten(run, Val27Runs.ROOT, Val27Runs.TEXT, Val27Runs.JSON);
        assertThat(Val27Runs.verdict(run)).isEqualTo(c.expected().get("RELAY_DESIGN_PARTNER") == Shown.PASSED
                ? "Verdict: RELAY DESIGN PARTNER READY" : "Verdict: RELAY NOT READY");
    }
}

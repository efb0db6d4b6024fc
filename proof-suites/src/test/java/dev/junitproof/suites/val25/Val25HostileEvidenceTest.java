package dev.junitproof.suites.val25;

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
import org.junit.platform.engine.discovery.DiscoverySelectors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for VAL25: damage generated against the VAL10 report (and the envelope every slice shares),
 * each case with its exact outcome map, the message naming file and pointer, and the report files written.
 */
class Val25HostileEvidenceTest {

    private static final String FILE = "val10-report.json";

    @TempDir
    Path tmp;

    /** One case: the evidence (fixture, then damage to the written VAL10 file), settings, and what must follow. */
    record Case(Supplier<FleetFixture> fixture, Hostile.Damage damage, Map<String, String> config,
                Map<String, Shown> expected, String messageOf, String message) {
    }

    private static Case unreadable(FleetFixture fixture, Hostile.Damage damage, String detail) {
        return new Case(() -> fixture, damage, Map.of(), Val25Runs.unreadable("VAL10"), "VAL25-04",
                detail);
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Hostile.Kind kind : Hostile.byteLevel()) {
            cases.add(Arguments.of(Named.of(kind.name(), unreadable(FleetFixture.passing(), kind.damage(), kind.detail()))));
        }
        cases.add(Arguments.of(Named.of("UTF-8 BOM passes", new Case(FleetFixture::passing,
                f -> Files.write(f, ("\uFEFF" + Files.readString(f)).getBytes(StandardCharsets.UTF_8)), Map.of(),
                Val25Runs.passing(), "VAL25-04", null))));
        cases.add(Arguments.of(Named.of("over proof.max-file-bytes", new Case(FleetFixture::passing,
                f -> Files.writeString(f, Files.readString(f) + " ".repeat(4096)), Map.of("proof.max-file-bytes", "2048"),
                Val25Runs.unreadable("VAL10"), "VAL25-04", "over the limit of 2048 bytes (proof.max-file-bytes)"))));
        // Wrong types at every required field of the VAL10 report: envelope and slice fields, walked from the schemas.
        for (Hostile.Field field : Hostile.requiredFields("/dev/junitproof/suites/slices/slice-envelope.schema.json",
                "/dev/junitproof/suites/val25/val10-report.schema.json")) {
            Object wrong = Hostile.wrongType(field.type());
            cases.add(Arguments.of(Named.of("wrong type at " + field.pointer(),
                    unreadable(FleetFixture.passing().set("VAL10", field.pointer(), wrong), f -> { },
                            ": " + field.pointer() + " "))));
        }
        cases.add(Arguments.of(Named.of("null where /batches is required",
                unreadable(FleetFixture.passing().set("VAL10", "/batches", null), f -> { }, ": /batches must be an object, found null"))));
        cases.add(Arguments.of(Named.of("null where /batches/retry is required",
                unreadable(FleetFixture.passing().set("VAL10", "/batches/retry", null), f -> { }, ": /batches/retry must be an object, found null"))));
        cases.add(Arguments.of(Named.of("negative count",
                unreadable(FleetFixture.passing().set("VAL10", "/batches/retry/total", -5), f -> { }, ": /batches/retry/total"))));
        cases.add(Arguments.of(Named.of("timestamp without offset",
                unreadable(FleetFixture.passing().generatedAt("VAL10", "2026-03-23T11:05:55"), f -> { }, ": /generated_at"))));
        cases.add(Arguments.of(Named.of("a date that does not exist",
                unreadable(FleetFixture.passing().generatedAt("VAL10", "2026-02-30T11:05:55Z"), f -> { }, ": /generated_at"))));
        cases.add(Arguments.of(Named.of("result in lower case",
                unreadable(FleetFixture.passing().set("VAL10", "/checks/2/result", "pass"), f -> { }, ": /checks/2/result"))));
        cases.add(Arguments.of(Named.of("result unknown",
                unreadable(FleetFixture.passing().set("VAL10", "/checks/2/result", "PASSED"), f -> { }, ": /checks/2/result"))));
        // Check lists: a duplicated id (one id then missing), a missing id (a truncated run), ids out of order.
        Map<String, Shown> duplicated = notReady("VAL10-report", "VAL25-04");
        duplicated.remove("VAL10-04");
        duplicated.put("VAL10-03#2", PASSED);
        cases.add(Arguments.of(Named.of("check id duplicated", new Case(() -> FleetFixture.passing().duplicateCheckId("VAL10", 4, 3),
                f -> { }, Map.of(), duplicated, "VAL25-04", "duplicated check ids VAL10-03"))));
        Map<String, Shown> truncated = notReady("VAL10-report", "VAL25-04");
        truncated.remove("VAL10-10");
        cases.add(Arguments.of(Named.of("check id missing", new Case(() -> FleetFixture.passing().truncateChecks("VAL10", 9),
                f -> { }, Map.of(), truncated, "VAL25-04", "missing check ids VAL10-10"))));
        cases.add(Arguments.of(Named.of("check ids out of order", new Case(() -> FleetFixture.passing()
                .set("VAL10", "/checks/0/id", "VAL10-02").set("VAL10", "/checks/1/id", "VAL10-01"),
                // Order is not part of the contract: each id present once, recorded PASS, proves its check.
                f -> { }, Map.of(), Val25Runs.passing(), "VAL25-04", null))));
        // Where the id carries meaning (VAL11-03 is the durability check), swapped ids do not prove durability.
        cases.add(Arguments.of(Named.of("check ids out of order where the id carries meaning", new Case(() -> FleetFixture.passing()
                .set("VAL11", "/checks/2/id", "VAL11-04").set("VAL11", "/checks/3/id", "VAL11-03"),
                f -> { }, Map.of(), notReady("VAL25-09"), "VAL25-09", "data_durability_post_restart"))));
        // Found by Val25EvidenceFuzzTest (input val10Report/crash-20ba602b…): a check id of another slice. It is shown
        // under its own name with the lab's recorded result, but VAL10's list lacks VAL10-06: the report and its row fail.
        Map<String, Shown> foreign = notReady("VAL10-report", "VAL25-04");
        foreign.remove("VAL10-06");
        foreign.put("VAL10/VAL68-06", PASSED);
        cases.add(Arguments.of(Named.of("check id of another slice", new Case(() -> FleetFixture.passing()
                .set("VAL10", "/checks/5/id", "VAL68-06"), f -> { }, Map.of(), foreign, "VAL25-04", "missing check ids VAL10-06"))));
        return cases.stream();
    }

    /** The passing map with a design-partner failure caused by {@code failing} (VAL25-10 and the level follow). */
    private static Map<String, Shown> notReady(String... failing) {
        Map<String, Shown> tests = Val25Runs.passingExcept("VAL25-10", FAILED, "DESIGN_PARTNER", FAILED);
        for (String id : failing) {
            tests.put(id, FAILED);
        }
        return tests;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileEvidenceHasItsExactOutcome(Case c) throws Exception {
        Path unit = c.fixture().get().writeTo(tmp.resolve("evidence"));
        c.damage().apply(unit.resolve(FILE));
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        c.config().forEach(runner::config);

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(run.tests("VAL25")).containsExactlyInAnyOrderEntriesOf(c.expected());
        if (c.message() != null) {
            assertThat(run.message(c.messageOf())).contains(c.message());
            if (!c.expected().containsKey("VAL10-01")) {
                assertThat(run.message(c.messageOf())).contains("VAL10 report MISSING: " + FILE);
                assertThat(run.message("VAL10-report")).contains(FILE);
            }
        }
        Hostile.reportsWritten(run, FleetFixture.UNIT, Val25Runs.TEXT, Val25Runs.JSON);
        assertThat(Val25Runs.verdict(run)).isEqualTo(c.expected().get("DESIGN_PARTNER") == PASSED
                ? "DESIGN PARTNER READY" : "NOT READY");
    }

    /** An evidence directory that is a file, named by a directory selector or by {@code proof.evidence}. */
    static Stream<Arguments> evidenceDirectoryIsAFile() {
        return Stream.of(
                Arguments.of(Named.of("selected as a directory", (java.util.function.Function<Path, ProofRunner>) unit ->
                        ProofRunner.withoutSelectors().select(DiscoverySelectors.selectDirectory(unit.toString())))),
                Arguments.of(Named.of("named by proof.evidence", (java.util.function.Function<Path, ProofRunner>) unit ->
                        ProofRunner.withoutSelectors().config("proof.evidence", unit.toString()))));
    }

    @ParameterizedTest(name = "evidence directory that is a file, {0}")
    @MethodSource("evidenceDirectoryIsAFile")
    void anEvidenceDirectoryThatIsAFileIsAFailingTestNamingThePath(java.util.function.Function<Path, ProofRunner> runner)
            throws Exception {
        Path unit = JsonFixtures.writeText(tmp.resolve("evidence").resolve(FleetFixture.UNIT), Files.readString(
                FleetFixture.passing().writeTo(tmp.resolve("elsewhere")).resolve(FILE)));

        ProofRunResult run = runner.apply(unit).run(tmp.resolve("out"));

        // Nothing can be proved from a file, and a run that proves nothing must not look green: one failing test
        // names the path and why; the engine itself succeeds and no report is claimed.
        assertThat(run.tests()).containsExactly(Map.entry(unit.toString(), FAILED));
        assertThat(run.message(unit.toString())).isEqualTo("evidence path " + unit + " is a file, not a directory: "
                + "nothing can be proved from it. Name the directory that holds the evidence (a lab run's directory, "
                + "or the root above it).");
        assertThat(run.displayName(unit.toString())).isEqualTo("evidence path " + unit);
        assertThat(run.finishedUniqueIds()).containsExactly(
                "[engine:proof]/[unusable-evidence:" + unit.toString().replace("/", "%2F") + "]", "[engine:proof]");
        assertThat(run.unsuccessfulContainers()).isEmpty();
        assertThat(tmp.resolve("out").resolve(FleetFixture.UNIT)).doesNotExist();
    }
}

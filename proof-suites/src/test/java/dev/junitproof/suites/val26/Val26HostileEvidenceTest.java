package dev.junitproof.suites.val26;

import dev.junitproof.suites.hostile.Hostile;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.junitproof.testing.ProofRunResult.Shown.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for VAL26: damage generated against the VAL17 report (and the envelope every slice shares),
 * each case with its exact outcome map, the message naming file and pointer, and the report files written.
 */
class Val26HostileEvidenceTest {

    private static final String FILE = "val17-report.json";

    @TempDir
    Path tmp;

    /** One case: the evidence (fixture, then damage to the written VAL17 file), settings, and what must follow. */
    record Case(Supplier<HaFixture> fixture, Hostile.Damage damage, Map<String, String> config,
                Map<String, Shown> expected, String messageOf, String message) {
    }

    private static Case unreadable(HaFixture fixture, Hostile.Damage damage, String detail) {
        return new Case(() -> fixture, damage, Map.of(), Val26Runs.sliceMissing("VAL17", "VAL26-05", "VAL26-09"), "VAL26-05",
                detail);
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Hostile.Kind kind : Hostile.byteLevel()) {
            cases.add(Arguments.of(Named.of(kind.name(), unreadable(HaFixture.passing(), kind.damage(), kind.detail()))));
        }
        cases.add(Arguments.of(Named.of("UTF-8 BOM passes", new Case(HaFixture::passing,
                f -> Files.write(f, ("\uFEFF" + Files.readString(f)).getBytes(StandardCharsets.UTF_8)), Map.of(),
                Val26Runs.passing(), "VAL26-05", null))));
        cases.add(Arguments.of(Named.of("over proof.max-file-bytes", new Case(HaFixture::passing,
                f -> Files.writeString(f, Files.readString(f) + " ".repeat(4096)), Map.of("proof.max-file-bytes", "2048"),
                Val26Runs.sliceMissing("VAL17", "VAL26-05", "VAL26-09"), "VAL26-05", "over the limit of 2048 bytes (proof.max-file-bytes)"))));
        // Wrong types at every required field of the VAL17 report: envelope and slice fields, walked from the schemas.
        for (Hostile.Field field : Hostile.requiredFields("/dev/junitproof/suites/slices/slice-envelope.schema.json",
                "/dev/junitproof/suites/val26/val17-report.schema.json")) {
            Object wrong = Hostile.wrongType(field.type());
            cases.add(Arguments.of(Named.of("wrong type at " + field.pointer(),
                    unreadable(HaFixture.passing().set("VAL17", field.pointer(), wrong), f -> { },
                            ": " + field.pointer() + " "))));
        }
        cases.add(Arguments.of(Named.of("null where /quorum is required",
                unreadable(HaFixture.passing().set("VAL17", "/quorum", null), f -> { }, ": /quorum must be an object, found null"))));
        cases.add(Arguments.of(Named.of("negative count",
                unreadable(HaFixture.passing().set("VAL17", "/quorum/recovery_ms", -5), f -> { }, ": /quorum/recovery_ms"))));
        cases.add(Arguments.of(Named.of("timestamp without offset",
                unreadable(HaFixture.passing().generatedAt("VAL17", "2026-03-23T13:30:18"), f -> { }, ": /generated_at"))));
        cases.add(Arguments.of(Named.of("a date that does not exist",
                unreadable(HaFixture.passing().generatedAt("VAL17", "2026-02-30T13:30:18Z"), f -> { }, ": /generated_at"))));
        cases.add(Arguments.of(Named.of("result in lower case",
                unreadable(HaFixture.passing().set("VAL17", "/checks/2/result", "pass"), f -> { }, ": /checks/2/result"))));
        cases.add(Arguments.of(Named.of("result unknown",
                unreadable(HaFixture.passing().set("VAL17", "/checks/2/result", "PASSED"), f -> { }, ": /checks/2/result"))));
        // Found by Val26EvidenceFuzzTest (input val17Report/crash-4fec0fde…): a check id outside VAL17's scheme. It is
        // shown under its own name with the lab's recorded result; VAL17's list lacks VAL17-08, so the report fails.
        Map<String, Shown> foreign = Val26Runs.metricFails("VAL26-05", "VAL17-report");
        foreign.remove("VAL17-08");
        foreign.put("VAL17/`AL17-08", PASSED);
        cases.add(Arguments.of(Named.of("check id outside the slice's scheme", new Case(() -> HaFixture.passing()
                .set("VAL17", "/checks/7/id", "`AL17-08"), f -> { }, Map.of(), foreign, "VAL26-05", null))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileEvidenceHasItsExactOutcome(Case c) throws Exception {
        Path unit = c.fixture().get().writeTo(tmp.resolve("evidence"));
        c.damage().apply(unit.resolve(FILE));
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        c.config().forEach(runner::config);

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(run.tests("VAL26")).containsExactlyInAnyOrderEntriesOf(c.expected());
        if (c.message() != null) {
            assertThat(run.message(c.messageOf())).contains("VAL17 report MISSING: " + FILE, c.message());
            assertThat(run.message("VAL17-report")).contains(FILE);
        }
        Hostile.reportsWritten(run, HaFixture.UNIT, Val26Runs.TEXT, Val26Runs.JSON);
        assertThat(Val26Runs.verdict(run)).isEqualTo(c.expected().get("HA_DESIGN_PARTNER") == PASSED
                ? "HA DESIGN PARTNER READY" : "HA NOT READY");
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.suites.hostile.Hostile;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
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

import static dev.junitproof.testing.ProofRunResult.Shown.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for PIN015: damage generated against Phase B's determinism report of a certified run, each
 * case with its exact outcome map (required evidence unreadable: the phase's checks and its gate fail,
 * certification fails), the message naming file and pointer, and the report files written.
 */
class Pin015HostileEvidenceTest {

    private static final String FILE = M4Files.PHASE_B;

    @TempDir
    Path tmp;

    /** One case: the evidence (fixture, then damage to the written Phase B file), settings, and what must follow. */
    record Case(Supplier<M4Fixture> fixture, Hostile.Damage damage, Map<String, String> config,
                Map<String, Shown> expected, String message) {
    }

    /** Phase B unreadable: required evidence, so its checks and its gate fail, never pass nor wait; M4 not certified. */
    static Map<String, Shown> phaseBMissing() {
        Map<String, Shown> expected = Pin015Runs.certifiedExcept("M4-02", FAILED, M4Readiness.M4_CERTIFIED, FAILED);
        PhaseChecks.PHASE_B.forEach(id -> expected.put(id, FAILED));
        return expected;
    }

    private static Arguments unreadable(String name, M4Fixture fixture, Hostile.Damage damage, String detail) {
        return Arguments.of(Named.of(name, new Case(() -> fixture, damage, Map.of(), phaseBMissing(), detail)));
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Hostile.Kind kind : Hostile.byteLevel()) {
            cases.add(unreadable(kind.name(), M4Fixture.certified(), kind.damage(), kind.detail()));
        }
        cases.add(Arguments.of(Named.of("UTF-8 BOM passes", new Case(M4Fixture::certified,
                f -> Files.write(f, ("\uFEFF" + Files.readString(f)).getBytes(StandardCharsets.UTF_8)), Map.of(),
                Pin015Runs.certified(), null))));
        cases.add(Arguments.of(Named.of("over proof.max-file-bytes", new Case(M4Fixture::certified,
                f -> Files.writeString(f, Files.readString(f) + " ".repeat(200_000)), Map.of("proof.max-file-bytes", "100000"),
                phaseBMissing(), "over the limit of 100000 bytes (proof.max-file-bytes)"))));
        for (Hostile.Field field : Hostile.requiredFields("/dev/junitproof/suites/pin015/phase-b-determinism.schema.json")) {
            cases.add(unreadable("wrong type at " + field.pointer(),
                    M4Fixture.certified().set(FILE, field.pointer(), Hostile.wrongType(field.type())), f -> { },
                    ": " + field.pointer() + " "));
        }
        cases.add(unreadable("negative count", M4Fixture.certified().set(FILE, "/total_iterations", -22500), f -> { },
                ": /total_iterations"));
        cases.add(unreadable("a workflow type of the wrong type", M4Fixture.certified().set(FILE, "/workflow_types/1", 7),
                f -> { }, ": /workflow_types/1"));
        // A sign-off dated on a day that does not exist signs nothing: the sign-off fails, and certification with it.
        for (String date : List.of("2026-02-30", "2025-13-03", "2025-12-03T10:00:00")) {
            cases.add(Arguments.of(Named.of("sign-off date " + date, new Case(
                    () -> M4Fixture.certified().signoff("sre-oncall", date, true), f -> { }, Map.of(),
                    Pin015Runs.certifiedExcept(SignoffCheck.ID, FAILED, "M4-09", FAILED, M4Readiness.M4_CERTIFIED, FAILED),
                    "signoff.json /date must be a date that exists"))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileEvidenceHasItsExactOutcome(Case c) throws Exception {
        M4Fixture fixture = c.fixture().get();
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        c.damage().apply(unit.resolve(FILE));
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        List<String> fixtureConfig = fixture.configuration();
        for (int i = 0; i < fixtureConfig.size(); i += 2) {
            runner.config(fixtureConfig.get(i), fixtureConfig.get(i + 1));
        }
        c.config().forEach(runner::config);

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(c.expected());
        if (c.message() != null && c.expected().get(SignoffCheck.ID) == FAILED) {
            assertThat(run.message(SignoffCheck.ID)).contains(c.message(), "found \"");
        } else if (c.message() != null) {
            for (String id : PhaseChecks.PHASE_B) {
                assertThat(run.message(id)).contains(FILE, c.message());
            }
        }
        Hostile.reportsWritten(run, M4Fixture.UNIT, Pin015Runs.TEXT, Pin015Runs.JSON);
        assertThat(Pin015Runs.verdict(run)).isEqualTo(c.expected().get(M4Readiness.M4_CERTIFIED) == Shown.PASSED
                ? "M4 CERTIFIED" : "M4 NOT CERTIFIED");
    }

    @Test
    void aGoldenDirectoryLinkedOutsideTheRootIsNamedNotCountedAsEmpty() throws Exception {
        M4Fixture fixture = M4Fixture.certified();
        Path unit = fixture.writeTo(tmp.resolve("evidence"));
        Path golden = unit.resolve(GoldenFiles.DIRECTORY);
        Path outside = Hostile.outsideRoot(golden).resolve("golden");
        Files.createDirectories(outside.getParent());
        Files.move(golden, outside);
        Files.createSymbolicLink(golden, outside);
        ProofRunner runner = ProofRunner.selectDirectory(unit);
        List<String> fixtureConfig = fixture.configuration();
        for (int i = 0; i < fixtureConfig.size(); i += 2) {
            runner.config(fixtureConfig.get(i), fixtureConfig.get(i + 1));
        }

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(run.tests("PIN015")).containsExactlyEntriesOf(Pin015Runs.certifiedExcept(
                "M4-SH-04", FAILED, "M4-SH-06", FAILED, "M4-RB-10", FAILED, "M4-07", FAILED, "M4-08", FAILED,
                "M4_CERTIFIED", FAILED));
        assertThat(run.message("M4-SH-06")).contains("shadow/golden is a link that leaves the evidence root");
        assertThat(run.message("M4-07")).contains("M4-SH-06 FAIL: ", "shadow/golden is a link that leaves the evidence root");
        Hostile.reportsWritten(run, M4Fixture.UNIT, Pin015Runs.TEXT, Pin015Runs.JSON);
    }
}

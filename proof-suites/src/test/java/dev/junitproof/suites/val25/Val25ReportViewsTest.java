package dev.junitproof.suites.val25;

import dev.junitproof.testing.ReportViews;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Named.named;

/**
 * VAL25's text report and JSON sections are views of the recorded outcomes: rendered again from forged outcomes
 * (every check PENDING, FAIL, then PASS), they print no status word those outcomes do not hold. Over the seed's
 * sample and over evidence that fails in each section, so no section's own judgment hides behind a passing run.
 */
class Val25ReportViewsTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> evidence() {
        return Stream.of(
                Arguments.of(named("the seed's sample", (Supplier<FleetFixture>) FleetFixture::passing)),
                Arguments.of(named("p99 612.5 ms and VAL09 missing", (Supplier<FleetFixture>) () ->
                        FleetFixture.passing().planCreateP99(612.5).without("VAL09"))),
                Arguments.of(named("samples one more than samples_ms", (Supplier<FleetFixture>) () ->
                        FleetFixture.passing().set("VAL07", "/plan_create/samples", 21))),
                Arguments.of(named("retry 4/5, N=100 wall 30,001 ms, concurrency 4/5", (Supplier<FleetFixture>) () ->
                        FleetFixture.passing().batches(5, 4, 5, 5).set("VAL08", "/tiers/3/wall_ms", 30001)
                                .set("VAL07", "/concurrent/succeeded", 4))),
                Arguments.of(named("chaos scenarios failing, one the seed does not name", (Supplier<FleetFixture>) () ->
                        FleetFixture.passing().set("VAL11", "/scenarios/rapid_restart_3x", "FAIL")
                                .set("VAL11", "/scenarios/network_partition", "PASS"))),
                Arguments.of(named("lab checks recorded FAIL and SKIP, a truncated list", (Supplier<FleetFixture>) () ->
                        FleetFixture.passing().failCheck("VAL09", 6).set("VAL10", "/checks/2/result", "SKIP")
                                .truncateChecks("VAL08", 4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidence")
    void theReportsPrintOnlyTheRecordedOutcomes(Supplier<FleetFixture> fixture) {
        Path root = tmp.resolve("evidence");
        Path unit = fixture.get().writeTo(root);

        ReportViews.assertViewsOfOutcomes(new Val25Suite(), root, unit, Map.of("proof.clock", "2026-03-23T12:00:00Z"));
    }
}

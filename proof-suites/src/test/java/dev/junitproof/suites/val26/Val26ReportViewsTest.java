package dev.junitproof.suites.val26;

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
 * VAL26's text report and JSON sections are views of the recorded outcomes: rendered again from forged outcomes
 * (every check PENDING, FAIL, then PASS), they print no status word those outcomes do not hold, over the seed's
 * sample and over evidence failing in each section.
 */
class Val26ReportViewsTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> evidence() {
        return Stream.of(
                Arguments.of(named("the seed's sample", (Supplier<HaFixture>) HaFixture::passing)),
                Arguments.of(named("slow failovers and drains", (Supplier<HaFixture>) () -> HaFixture.passing()
                        .set("VAL13", "/failover/sigkill_ms", 6000).set("VAL13", "/failover/rapid_ms/1", 5001)
                        .set("VAL14", "/lag/light_drain_ms", 2500))),
                Arguments.of(named("restore and checksum failing, thresholds disagreeing", (Supplier<HaFixture>) () ->
                        HaFixture.passing().set("VAL15", "/backup/sha256_file", "").set("VAL15", "/backup/payload_spot_match", false)
                                .set("VAL14", "/thresholds/alert_ms", 750))),
                Arguments.of(named("quorum safety failing, VAL16 missing", (Supplier<HaFixture>) () -> HaFixture.passing()
                        .set("VAL17", "/quorum/can_accept_protected_writes", true).set("VAL17", "/quorum/write_block_active", false)
                        .without("VAL16"))),
                Arguments.of(named("the lab's own criterion checks recorded FAIL and SKIP", (Supplier<HaFixture>) () ->
                        HaFixture.passing().failCheck("VAL13", 4).set("VAL15", "/checks/5/result", "SKIP"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidence")
    void theReportsPrintOnlyTheRecordedOutcomes(Supplier<HaFixture> fixture) {
        Path root = tmp.resolve("evidence");
        Path unit = fixture.get().writeTo(root);

        ReportViews.assertViewsOfOutcomes(new Val26Suite(), root, unit, Map.of("proof.clock", "2026-03-23T12:00:00Z"));
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.testing.ReportViews;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * PIN015's text report and JSON sections are views of the outcomes: re-rendered from forged outcomes (all PENDING,
 * all FAIL, all PASS) over the seed's state, a certified run and a contradicted one, they print no status word the
 * forged outcomes do not hold. The allowed lines are the seed's own: its runbook instruction ("All steps must PASS")
 * and its certification format, whose count is the runbook checks that passed ({@code 0/20 PASS} when none did).
 */
class Pin015ReportViewsTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("seed state", (Supplier<M4Fixture>) M4Fixture::seed),
                Arguments.of("certified", (Supplier<M4Fixture>) M4Fixture::certified),
                Arguments.of("contradicted runbook and shadow log", (Supplier<M4Fixture>) () -> M4Fixture.certified()
                        .runbookItem(7, "PASS", "2880").mismatchingCycle(2, 1).without(M4Files.PHASE_B)
                        .misclassify("HTTP_404", "TRANSIENT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyStatusWordIsARecordedOutcome(String name, Supplier<M4Fixture> fixture, @TempDir Path tmp) {
        M4Fixture f = fixture.get();
        Path unit = f.writeTo(tmp);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("proof.clock", "2026-03-23T12:00:00Z");
        List<String> configuration = f.configuration();
        for (int i = 0; i < configuration.size(); i += 2) {
            settings.put(configuration.get(i), configuration.get(i + 1));
        }

        ReportViews.assertViewsOfOutcomes(new Pin015Suite(), tmp, unit, settings, "Checklist Results: 0/20 PASS",
                "**Instructions:** Execute each step in order. Record actual results. All steps must PASS for M4 sign-off.");
    }
}

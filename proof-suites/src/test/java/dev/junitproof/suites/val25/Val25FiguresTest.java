package dev.junitproof.suites.val25;

import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * Issue #15 class 2 for VAL25: every figure the seed gives a target is judged by a check of its own, which the
 * design-partner level and VAL25-10 need, whatever the slice's own check list says (here: every lab check PASS),
 * and the report prints that check's status beside the figure. Each case through the whole engine.
 */
class Val25FiguresTest {

    @TempDir
    Path tmp;

    /** A variant of the seed's sample, the figure checks it must fail, and the report line that must say so. */
    static Stream<Arguments> figures() {
        return Stream.of(
                figure("plan_list p99 9,000 ms", f -> f.set("VAL07", "/plan_list/p99_ms", 9000.0)
                        .set("VAL07", "/plan_list/samples_ms/19", 9000.0), "plan_list p99: 9000.0 ms [target <= 500 ms] FAIL",
                        "VAL07-list-p99"),
                figure("concurrent 4/5", f -> f.set("VAL07", "/concurrent/succeeded", 4),
                        "Concurrent: 4/5 succeeded wall=142 ms [target: all ok, wall <= 2000 ms] VAL07-concurrent-ok FAIL",
                        "VAL07-concurrent-ok"),
                figure("concurrent run of 4, all succeeded", f -> f.set("VAL07", "/concurrent/requests", 4)
                        .set("VAL07", "/concurrent/succeeded", 4), "VAL07-concurrent-ok FAIL", "VAL07-concurrent-ok"),
                figure("concurrent wall 2,001 ms", f -> f.set("VAL07", "/concurrent/wall_ms", 2001),
                        "wall=2001 ms [target: all ok, wall <= 2000 ms] VAL07-concurrent-wall FAIL", "VAL07-concurrent-wall"),
                figure("19 samples, consistently", f -> f.planCreateSamples(FleetFixture.PLAN_CREATE_MS.subList(1, 20))
                        .set("VAL07", "/plan_create/p50_ms", 12.9).set("VAL07", "/plan_create/p95_ms", 24.1),
                        "Samples (plan_create): 19 VAL07-samples FAIL",
                        "VAL07-samples"),
                figure("N=100 wall 30,001 ms", f -> f.set("VAL08", "/tiers/3/wall_ms", 30001),
                        "N=100: 78.05 plans/sec wall=30001 ms errors=0 VAL08-n100-wall FAIL", "VAL08-n100-wall"),
                figure("N=100 below N=1 plans/sec", f -> f.set("VAL08", "/tiers/3/plans_per_sec", 18.41),
                        "N=100: 18.41 plans/sec wall=6409 ms errors=0 VAL08-scaling FAIL", "VAL08-scaling"),
                figure("a second N=50 tier", f -> f.set("VAL08", "/tiers/1/n", 50), "Tiers: FAIL (no tier n=10; "
                        + "tier n=50 recorded 2 times) (VAL08-tiers)", "VAL08-tiers"),
                figure("retry 4/5, the aggregate of large batches meeting 0.990", f -> f.batches(5, 4, 500, 500),
                        "Retry batch: 4/5 rate=0.8000 [target >= 0.990] FAIL", "VAL10-retry"),
                figure("rollback 4/5", f -> f.batches(500, 500, 5, 4),
                        "Rollback batch: 4/5 rate=0.8000 [target >= 0.990] FAIL", "VAL10-rollback"),
                figure("stuck proxy detection FAIL", f -> f.set("VAL11", "/scenarios/stuck_proxy_detection", "FAIL"),
                        "Device-unresponsive stuck detection (stuck proxy): FAIL", "VAL11-stuck-proxy", "VAL25-05"),
                figure("cascade recovery FAIL", f -> f.set("VAL11", "/scenarios/cascade_recovery", "FAIL"),
                        "Bulk cascade recovery (3 plans): FAIL", "VAL11-cascade-recovery", "VAL25-05"));
    }

    private static Arguments figure(String name, UnaryOperator<FleetFixture> variant, String line, String... failing) {
        return Arguments.of(named(name, variant), line, List.of(failing));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aFigureMissingItsTargetFailsItsCheckAndTheLevelWhileTheLabSaysPass(UnaryOperator<FleetFixture> variant,
            String line, List<String> failing) {
        ProofRunResult run = Val25Runs.run(tmp, variant.apply(FleetFixture.passing()));

        assertThat(run.tests("VAL25")).isEqualTo(Val25Runs.notReady(failing.toArray(String[]::new)));
        assertThat(Val25Runs.verdict(run)).isEqualTo("NOT READY");
        String text = Val25Runs.text(run).replaceAll(" +", " ");
        assertThat(text).contains(line, "✗ All five VAL07–VAL11 slices pass (zero failed checks each)",
                "- " + failing.get(0) + " FAIL: ");
        assertThat(run.message("VAL25-10")).contains(failing.get(0) + " FAIL");
    }

    /** The issue's own example: all three at once gave DESIGN PARTNER READY while the report printed them FAIL. */
    @Test
    void theIssuesExampleIsNotReady() {
        ProofRunResult run = Val25Runs.run(tmp, FleetFixture.passing()
                .set("VAL07", "/plan_list/p99_ms", 9000.0).set("VAL07", "/plan_list/samples_ms/19", 9000.0)
                .set("VAL07", "/concurrent/succeeded", 4).batches(5, 4, 500, 500));

        assertThat(run.tests("VAL25")).isEqualTo(Val25Runs.notReady("VAL07-list-p99", "VAL07-concurrent-ok", "VAL10-retry"));
        assertThat(Val25Runs.text(run)).contains("Verdict: NOT READY").doesNotContain("DESIGN PARTNER READY ✓");
    }

    /** Class 7: a rate printed with the digits that show why it failed, never rounded onto its target. */
    @Test
    void aRateJustBelowItsTargetPrintsTheDigitsThatShowWhy() {
        ProofRunResult run = Val25Runs.run(tmp, FleetFixture.passing().batches(100_000, 98_999, 100_000, 100_000));

        assertThat(run.tests("VAL25")).isEqualTo(Val25Runs.notReady("VAL10-retry"));
        assertThat(Val25Runs.text(run).replaceAll(" +", " "))
                .contains("Retry batch: 98999/100000 rate=0.98999 [target >= 0.990] FAIL")
                .contains("Aggregate: 198999/200000 rate=0.9950 [target >= 0.990] PASS");
        assertThat(run.message("VAL10-retry")).contains("retry batch success rate = 0.98999 does not meet >= 0.990");
    }

    /** A lab check recorded under an id the suite uses for a figure is shown numbered, never a clash. */
    @Test
    void aLabCheckUnderAFigureChecksIdIsNumbered() {
        ProofRunResult run = Val25Runs.run(tmp, FleetFixture.passing().set("VAL07", "/checks/8/id", "VAL07-p99"));

        java.util.Map<String, ProofRunResult.Shown> expected = Val25Runs.notReady("VAL07-report", "VAL25-01");
        expected.remove("VAL07-09");
        expected.put("VAL07-p99#2", ProofRunResult.Shown.PASSED);
        assertThat(run.tests("VAL25")).isEqualTo(expected);
        assertThat(run.message("VAL25-01")).contains("missing check ids VAL07-09", "unexpected check ids VAL07-p99");
    }
}

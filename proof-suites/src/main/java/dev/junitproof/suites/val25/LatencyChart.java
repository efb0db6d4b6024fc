package dev.junitproof.suites.val25;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;

import java.util.List;
import java.util.Optional;

/**
 * VAL07's latency percentiles against their targets. Each bar is the figure the checks judge: the stricter of the
 * reported percentile and the nearest rank of its own samples, so a reported figure its samples contradict never
 * looks like a pass here either.
 */
final class LatencyChart {

    static final String FILE = "val25-val07-latency.png";
    static final String MEASURED = "measured (stricter of reported and samples_ms)";
    static final String TARGET = "target";

    private LatencyChart() {
    }

    static Optional<ChartData> of(FleetEvidence evidence) {
        return evidence.val07().map(LatencyChart::of);
    }

    static ChartData of(Val07Report r) {
        Latency create = r.planCreate();
        Latency list = r.planList();
        List<Double> measured = List.of(
                VerifiedPercentile.of("plan_create", create, 50).judged(),
                VerifiedPercentile.of("plan_create", create, 95).judged(),
                VerifiedPercentile.of("plan_create", create, 99).judged(),
                VerifiedPercentile.of("plan_list", list, 99).judged());
        return new ChartData(FILE, "VAL07 latency percentiles against their targets", "percentile", "latency (ms)",
                Optional.empty(), List.of("plan_create p50", "plan_create p95", "plan_create p99", "plan_list p99"),
                List.of(ChartSeries.bars(MEASURED, measured),
                        ChartSeries.target(TARGET, List.of(FleetTargets.PLAN_CREATE_P50.value(),
                                FleetTargets.PLAN_CREATE_P95.value(), FleetTargets.PLAN_CREATE_P99.value(),
                                FleetTargets.PLAN_LIST_P99.value()))));
    }
}

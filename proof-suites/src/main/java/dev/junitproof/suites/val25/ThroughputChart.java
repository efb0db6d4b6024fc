package dev.junitproof.suites.val25;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;

import java.util.List;
import java.util.Optional;

/**
 * VAL08's throughput per concurrency tier, with each tier's errors on the right axis: zero errors at N=100 is the
 * target, not linear scaling (SQLite has one writer), so the chart shows the plateau next to the errors.
 */
final class ThroughputChart {

    static final String FILE = "val25-val08-throughput.png";
    static final String RATE = "plans/sec";
    static final String ERRORS = "errors";

    private ThroughputChart() {
    }

    static Optional<ChartData> of(FleetEvidence evidence) {
        return evidence.val08().map(ThroughputChart::of);
    }

    static ChartData of(Val08Report r) {
        return new ChartData(FILE, "VAL08 throughput per tier", "concurrent plan creates", "plans/sec",
                Optional.of("errors"), r.tiers().stream().map(t -> "N=" + t.n()).toList(),
                List.of(ChartSeries.bars(RATE, r.tiers().stream().map(Tier::plansPerSec).toList()),
                        ChartSeries.lineOnRightAxis(ERRORS, r.tiers().stream().map(t -> (double) t.errors()).toList())));
    }
}

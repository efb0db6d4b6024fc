package dev.junitproof.suites.val27;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;

import java.util.List;
import java.util.Optional;

/**
 * VAL20's throughput per tier, in file order. VAL20 sets no throughput floor (zero loss is its target), so the
 * figures are informational and the title says BETA, as the report's ★ BETA does (spelled out: a chart font may
 * lack the star).
 */
final class ThroughputChart {

    static final String FILE = "val27-val20-throughput.png";
    static final String RATE = "segments/sec";

    private ThroughputChart() {
    }

    static Optional<ChartData> of(RelayEvidence evidence) {
        return evidence.val20().filter(r -> !r.tiers().isEmpty()).map(ThroughputChart::of);
    }

    static ChartData of(Val20Report r) {
        return new ChartData(FILE, "VAL20 throughput per tier (BETA: informational, no floor)", "tier",
                "segments/sec", Optional.empty(), r.tiers().stream().map(Val20Report.Tier::tier).toList(),
                List.of(ChartSeries.bars(RATE, r.tiers().stream().map(Val20Report.Tier::segsPerSec).toList())));
    }
}

package dev.junitproof.suites.val26;

import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;
import dev.junitproof.suites.text.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VAL13's failover timings (SIGTERM, SIGKILL, each rapid cycle) in seconds, against the 5 s line. */
final class FailoverChart {

    static final String FILE = "val26-val13-failover.png";
    static final String MEASURED = "failover (s)";
    static final String TARGET = "target: " + Numbers.seconds(HaTargets.FAILOVER.value() / 1000);

    private FailoverChart() {
    }

    static Optional<ChartData> of(HaEvidence evidence) {
        return evidence.val13().map(FailoverChart::of);
    }

    static ChartData of(Val13Report r) {
        Val13Report.Failover f = r.failover();
        List<String> categories = new ArrayList<>(List.of("SIGTERM", "SIGKILL"));
        List<Double> seconds = new ArrayList<>(List.of(f.sigtermMs() / 1000, f.sigkillMs() / 1000));
        for (int i = 0; i < f.rapidMs().size(); i++) {
            categories.add("rapid " + (i + 1));
            seconds.add(f.rapidMs().get(i) / 1000);
        }
        List<Double> target = categories.stream().map(c -> HaTargets.FAILOVER.value() / 1000).toList();
        return new ChartData(FILE, "VAL13 failover timings against the 5 s line", "failover", "seconds",
                Optional.empty(), categories,
                List.of(ChartSeries.bars(MEASURED, seconds), ChartSeries.target(TARGET, target)));
    }
}

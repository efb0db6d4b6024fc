package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.Loaded;
import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The soak day by day: each day's clean-round delivery rate against Gate D's 0.990 (outage and recovery rounds
 * excluded, as the seed defines the rate) and the loss accumulated up to that day, on the right axis. A day
 * without a clean round has no rate and is drawn as a gap, never as 0 or 1.
 */
final class DeliveryChart {

    static final String FILE = "val24-delivery.png";
    static final String RATE = "clean-round delivery rate";
    static final String TARGET = "target: 0.990";
    static final String LOSS = "cumulative loss (messages)";

    private DeliveryChart() {
    }

    static Optional<ChartData> of(Loaded<SoakAccounting> soak) {
        return soak.optional().filter(s -> !s.days().isEmpty()).map(DeliveryChart::of);
    }

    static ChartData of(SoakAccounting soak) {
        List<String> days = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Double> loss = new ArrayList<>();
        long lost = 0;
        for (DayAccounting day : soak.days()) {
            days.add(day.date().toString());
            rates.add(cleanRate(day));
            lost += day.lost();
            loss.add((double) lost);
        }
        return new ChartData(FILE, "VAL24 delivery rate per day and cumulative loss", "soak day", "delivery rate",
                Optional.of("messages lost"), days, List.of(
                        ChartSeries.bars(RATE, rates),
                        ChartSeries.target(TARGET, days.stream().map(d -> Figures.DELIVERY_TARGET).toList()),
                        ChartSeries.lineOnRightAxis(LOSS, loss)));
    }

    /** Delivered over seeded in the day's clean rounds; NaN (a gap) when the day had none. */
    static double cleanRate(DayAccounting day) {
        long seeded = day.rounds().stream().filter(r -> r.kind() == RoundKind.CLEAN).mapToLong(RoundAccounting::seeded).sum();
        long delivered = day.rounds().stream().filter(r -> r.kind() == RoundKind.CLEAN)
                .mapToLong(RoundAccounting::delivered).sum();
        return seeded == 0 ? Double.NaN : delivered / (double) seeded;
    }
}

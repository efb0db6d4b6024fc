package dev.junitproof.suites.val24;

import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.suites.charts.ChartData;
import dev.junitproof.suites.charts.ChartSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The soak day by day: each day's clean-round delivery rate against Gate D's target (outage and recovery rounds
 * excluded, as the seed defines the rate) and the loss accumulated up to that day, on the right axis. A day
 * without a clean round has no rate and is drawn as a gap, never as 0 or 1; the rate axis starts just below the
 * lowest of the days and the target, so the margin to the target shows. The chart judges nothing: its title
 * carries the outcomes of the checks that judge the soak's rate (VAL24-06) and loss (VAL24-08), as every report does.
 */
final class DeliveryChart {

    static final String FILE = "val24-delivery.png";
    static final String RATE = "clean-round delivery rate";
    static final String TARGET = "target: " + SoakTargets.CLEAN_DELIVERY.text();
    static final String LOSS = "cumulative loss (messages)";

    private DeliveryChart() {
    }

    static Optional<ChartData> of(Loaded<SoakAccounting> soak, Outcomes outcomes) {
        return soak.optional().filter(s -> !s.days().isEmpty()).map(s -> of(s, outcomes));
    }

    static ChartData of(SoakAccounting soak, Outcomes outcomes) {
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
        return new ChartData(FILE, title(outcomes), "soak day", "delivery rate",
                Optional.of("messages lost"), days, List.of(
                        ChartSeries.bars(RATE, rates),
                        ChartSeries.target(TARGET, days.stream().map(d -> SoakTargets.CLEAN_DELIVERY.value()).toList()),
                        ChartSeries.lineOnRightAxis(LOSS, loss)), Optional.of(axisFrom(rates)));
    }

    /**
     * The rate axis starts just below the lowest day or the target, on a hundredth: 0.9993 against 0.990 is a
     * margin that a 0–1 axis draws as two equal bars.
     */
    static double axisFrom(List<Double> rates) {
        double lowest = Math.min(SoakTargets.CLEAN_DELIVERY.value(),
                rates.stream().filter(r -> !r.isNaN()).mapToDouble(Double::doubleValue).min().orElse(1.0));
        return Math.max(0.0, Math.floor((lowest - 0.005) * 100) / 100);
    }

    /** {@code VAL24 delivery rate per day (VAL24-06 PASS) and cumulative loss (VAL24-08 PENDING)}. */
    static String title(Outcomes outcomes) {
        return "VAL24 delivery rate per day (VAL24-06 " + outcomes.status("VAL24-06").name()
                + ") and cumulative loss (" + Val24Checks.ACCOUNTING_ID + " "
                + outcomes.status(Val24Checks.ACCOUNTING_ID).name() + ")";
    }

    /** Delivered over seeded in the day's clean rounds; NaN (a gap) when the day had none. */
    static double cleanRate(DayAccounting day) {
        long seeded = day.rounds().stream().filter(r -> r.kind() == RoundKind.CLEAN).mapToLong(RoundAccounting::seeded).sum();
        long delivered = day.rounds().stream().filter(r -> r.kind() == RoundKind.CLEAN)
                .mapToLong(RoundAccounting::delivered).sum();
        return seeded == 0 ? Double.NaN : delivered / (double) seeded;
    }
}

package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-round detail without 1,440 tests: one container per soak day holding one test whose name carries the
 * day's accounting ({@code day 12: 48 rounds, 480 seeded, 0 lost}) and whose failure names the offending
 * rounds and segment ids.
 */
final class DayChecks {

    private DayChecks() {
    }

    static String checkId(int day) {
        return String.format("VAL24-D%02d", day);
    }

    static CheckGroup days(SoakAccounting soak) {
        List<PlanNode> days = new ArrayList<>();
        for (DayAccounting day : soak.days()) {
            SourceRef source = day.rounds().isEmpty() ? null : SourceRef.file(day.rounds().get(0).metricsFile());
            CheckSpec check = new CheckSpec(checkId(day.day()), day.title(), source, c -> verify(c, day));
            days.add(CheckGroup.of("day-" + day.day(), "Day " + day.day() + " (" + day.date() + ")", source, List.of(check)));
        }
        return CheckGroup.of("days", "Soak days: per-round accounting", null, days);
    }

    static void verify(CheckContext check, DayAccounting day) {
        check.measured(day.seeded() + " seeded, " + day.delivered() + " delivered, " + day.deadletter()
                        + " deadletter, " + day.lost() + " lost")
                .target("seeded = delivered + deadletter, 0 lost, every round consistent");
        if (day.rounds().isEmpty() && day.unreadable().isEmpty()) {
            String reason = day.inProgress().map(r -> "round " + r.round() + " in progress (" + r.detail() + ")")
                    .orElse("no round of this day has completed");
            check.detail(reason);
            check.pending(reason);
            return;
        }
        String problems = problems(day);
        check.detail(day.title() + problems);
        assertThat(day.clean()).as("day %d accounting:%s", day.day(), problems).isTrue();
    }

    /** {@code ; lost: round 130: val24-r000130-004; inconsistent: round 131: ...}; empty when the day is clean. */
    static String problems(DayAccounting day) {
        StringBuilder sb = new StringBuilder();
        if (!day.lossRounds().isEmpty()) {
            sb.append("; silent loss: ").append(day.lossRounds().stream()
                    .map(r -> "round " + r.round() + ": " + String.join(", ", r.lostIds())).collect(Collectors.joining("; ")));
        }
        if (!day.inconsistentRounds().isEmpty()) {
            sb.append("; inconsistent: ").append(day.inconsistentRounds().stream()
                    .map(r -> "round " + r.round() + ": " + String.join("; ", r.problems())).collect(Collectors.joining("; ")));
        }
        if (!day.unreadable().isEmpty()) {
            sb.append("; unreadable: ").append(day.unreadable().stream()
                    .map(r -> "round " + r.round() + ": " + r.detail()).collect(Collectors.joining("; ")));
        }
        return sb.toString();
    }
}

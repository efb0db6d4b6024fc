package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Outcomes;
import dev.junitproof.suites.text.Numbers;

import java.util.List;

/** "Deadletter/Retry (VAL22)": Group R, Group U, BoltDB retention, the aggregate rate, each with its check's status. */
final class DeadletterSection {

    private DeadletterSection() {
    }

    static void render(List<String> out, CoreSlice core, Outcomes outcomes) {
        out.add("Deadletter/Retry (VAL22):");
        if (core.report(Val22Report.class).isEmpty()) {
            SectionLines.unreadable(out, outcomes, core);
            return;
        }
        Val22Report r = core.report(Val22Report.class).get();
        out.add(SectionLines.judged(outcomes, DeadletterFigures.GROUP_R, "Group R (clean proxy): " + r.groupRDelivered()
                + "/" + r.groupREntries() + " delivered", "all " + RelayTargets.GROUP_SIZE.valueText()));
        out.add(SectionLines.judged(outcomes, DeadletterFigures.GROUP_R_RATE, "Group R retry_rate="
                + DeadletterFigures.rate(r.groupRRetryRate()).against(RelayTargets.GROUP_R_RATE) + " (recomputed "
                + r.groupRDelivered() + "/" + r.groupREntries() + "=" + Numbers.fixed(DeadletterFigures.recomputedGroupR(r), 3)
                + ")", RelayTargets.GROUP_R_RATE.text()));
        out.add(SectionLines.judged(outcomes, DeadletterFigures.GROUP_U, "Group U (outage proxy): " + r.groupURedeadlettered()
                + "/" + r.groupUEntries() + " re-deadlettered", "all " + RelayTargets.GROUP_SIZE.valueText()));
        Val22Report.Retention kept = r.retention();
        out.add(SectionLines.judged(outcomes, DeadletterFigures.RETENTION, "BoltDB retention across SIGTERM+restart: "
                + kept.entriesAfterRestart() + "/" + kept.entriesBefore() + " entries survived", "all"));
        int entries = r.groupREntries() + r.groupUEntries();
        out.add(SectionLines.judged(outcomes, DeadletterFigures.AGGREGATE, "Aggregate retry rate: "
                + DeadletterFigures.rate(r.aggregateRetryRate()).against(RelayTargets.AGGREGATE_RATE) + " (recomputed "
                + r.groupRDelivered() + "/" + entries + "=" + Numbers.fixed(DeadletterFigures.recomputedAggregate(r), 3) + ")",
                RelayTargets.AGGREGATE_RATE.text() + ", intentional — Group U always fails under outage"));
    }
}

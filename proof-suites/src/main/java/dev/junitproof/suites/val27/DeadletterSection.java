package dev.junitproof.suites.val27;

import java.util.List;

/** "Deadletter/Retry (VAL22)": Group R recovery, Group U re-deadletter, BoltDB retention, aggregate rate. */
final class DeadletterSection {

    private DeadletterSection() {
    }

    static void render(List<String> out, CoreSlice core) {
        out.add("Deadletter/Retry (VAL22):");
        if (core.report(Val22Report.class).isEmpty()) {
            out.add("MISSING: " + core.evidence().detail());
            return;
        }
        Val22Report r = core.report(Val22Report.class).get();
        boolean groupR = GroupRRetry.violations(r, core.path()).isEmpty();
        out.add("Group R (clean proxy): " + r.groupRDelivered() + "/" + r.groupREntries() + " delivered "
                + Fmt.f("retry_rate=%.3f (recomputed %.3f)", r.groupRRetryRate(), GroupRRetry.recomputed(r))
                + " [target = 1.000] " + Fmt.passFail(groupR));
        out.add("Group U (outage proxy): " + r.groupURedeadlettered() + "/" + r.groupUEntries()
                + " re-deadlettered [target = 4] "
                + Fmt.passFail(r.groupURedeadlettered() == ZeroLossAccounting.GROUP_SIZE
                        && r.groupURedeadlettered() == r.groupUEntries()));
        Val22Report.Retention kept = r.retention();
        out.add("BoltDB retention across SIGTERM+restart: " + kept.entriesAfterRestart() + "/" + kept.entriesBefore()
                + " entries survived [target all] "
                + Fmt.passFail(kept.entriesBefore() > 0 && kept.entriesAfterRestart() == kept.entriesBefore()));
        int entries = r.groupREntries() + r.groupUEntries();
        double aggregate = entries == 0 ? 0 : (double) r.groupRDelivered() / entries;
        out.add(Fmt.f("Aggregate retry rate: %.3f (recomputed %d/%d=%.3f; intentional — Group U always fails under outage)",
                r.aggregateRetryRate(), r.groupRDelivered(), entries, aggregate));
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.Unit;
import dev.junitproof.suites.text.Numbers;

import java.util.List;

/** "Message-Loss Accounting (VAL21)": the seed's invariants, recomputed from the raw counts, each with its check's status. */
final class AccountingSection {

    private AccountingSection() {
    }

    static void render(List<String> out, CoreSlice core, Outcomes outcomes) {
        out.add("Message-Loss Accounting (VAL21, recomputed from raw counts):");
        if (core.report(Val21Report.class).isEmpty()) {
            SectionLines.unreadable(out, outcomes, core);
            return;
        }
        Val21Report r = core.report(Val21Report.class).get();
        Val21Report.DeepDrain sa = r.sa();
        out.add(SectionLines.judged(outcomes, OverflowFigures.DEEP_DRAIN, "S-A deep drain: " + sa.delivered() + "/"
                + sa.seeded() + " delivered", "sa.delivered == sa.seeded == " + RelayTargets.DEEP_DRAIN.valueText())
                + "; drain=" + Numbers.whole(sa.drainMs()) + " ms (informational)");
        Val21Report.Eviction sb = r.sb();
        int sum = sb.delivered() + sb.deadletter();
        out.add(SectionLines.judged(outcomes, OverflowFigures.EVICTION, "S-B LRU eviction: delivered " + sb.delivered()
                + " + deadletter " + sb.deadletter() + " = " + sum + " accounted=" + sb.accounted() + " seeded="
                + sb.seeded(), "== sb.accounted == sb.seeded == " + RelayTargets.EVICTION_ACCOUNTED.valueText())
                + "; evicted=" + sb.evicted() + " (informational)");
        Val21Report.StatusAccuracy sc = r.sc();
        out.add(SectionLines.judged(outcomes, OverflowFigures.STATUS, "S-C relay-status: delivered=" + sc.delivered()
                + " status_delivered=" + sc.statusDelivered(), "both " + RelayTargets.STATUS_DELIVERED.valueText()));
        Measurement lag = Measurement.of(sc.statusLagS(), Unit.SECONDS, RelayTargets.STATUS_LAG.digits());
        out.add(SectionLines.judged(outcomes, OverflowFigures.STATUS_LAG, "S-C status lag: " + lag.against(RelayTargets.STATUS_LAG),
                RelayTargets.STATUS_LAG.text()));
    }
}

package dev.junitproof.suites.val27;

import java.util.List;

/** "Message-Loss Accounting (VAL21)": the seed's invariants, recomputed from the raw counts. */
final class AccountingSection {

    private AccountingSection() {
    }

    static void render(List<String> out, CoreSlice core) {
        out.add("Message-Loss Accounting (VAL21, recomputed from raw counts):");
        if (core.report(Val21Report.class).isEmpty()) {
            out.add("MISSING: " + core.evidence().detail());
            return;
        }
        Val21Report r = core.report(Val21Report.class).get();
        Val21Report.DeepDrain sa = r.sa();
        out.add("S-A deep drain: " + sa.delivered() + "/" + sa.seeded() + " delivered drain=" + Fmt.whole(sa.drainMs())
                + " ms [target sa.delivered == 200] "
                + Fmt.passFail(sa.delivered() == ZeroLossAccounting.DEEP_DRAIN && sa.delivered() == sa.seeded()));
        Val21Report.Eviction sb = r.sb();
        int sum = sb.delivered() + sb.deadletter();
        out.add("S-B LRU eviction: delivered " + sb.delivered() + " + deadletter " + sb.deadletter() + " = " + sum
                + " accounted=" + sb.accounted() + " seeded=" + sb.seeded() + " evicted=" + sb.evicted()
                + " [target == sb.accounted == 10] "
                + Fmt.passFail(sum == sb.accounted() && sb.accounted() == ZeroLossAccounting.EVICTION_SEEDED
                        && sum == sb.seeded()));
        Val21Report.StatusAccuracy sc = r.sc();
        out.add("S-C relay-status: delivered=" + sc.delivered() + " status_delivered=" + sc.statusDelivered()
                + Fmt.f(" lag=%.2f s", sc.statusLagS()) + " [target == 10 within 0.4 s] "
                + Fmt.passFail(sc.delivered() == 10 && sc.statusDelivered() == sc.delivered() && sc.statusLagS() <= 0.4));
    }
}

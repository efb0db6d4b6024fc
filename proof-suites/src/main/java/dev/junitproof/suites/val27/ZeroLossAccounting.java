package dev.junitproof.suites.val27;

import java.util.ArrayList;
import java.util.List;

/**
 * VAL27-06 recomputed from the raw counts rather than trusted: VAL21 {@code sa.delivered == 200} and
 * {@code sb.delivered + sb.deadletter == sb.accounted == 10} (the sum is ours, {@code accounted} is the lab's,
 * and both must equal what was seeded), plus VAL22 {@code group_r_delivered == 4} and
 * {@code group_u_redeadlettered == 4}, each group accounting for every entry it had.
 */
public record ZeroLossAccounting(Val21Report val21, Val22Report val22, String val21File, String val22File) {

    public static final int DEEP_DRAIN = 200;
    public static final int EVICTION_SEEDED = 10;
    public static final int GROUP_SIZE = 4;

    public int evictionSum() {
        return val21.sb().delivered() + val21.sb().deadletter();
    }

    /** Every identity that does not hold, naming the values, file and field; empty when loss is provably zero. */
    public List<String> violations() {
        List<String> v = new ArrayList<>();
        Val21Report.DeepDrain sa = val21.sa();
        Val21Report.Eviction sb = val21.sb();
        if (sa.delivered() != DEEP_DRAIN) {
            v.add("sa.delivered=" + sa.delivered() + ", expected 200 (" + val21File + " /sa/delivered)");
        }
        if (sa.delivered() != sa.seeded()) {
            v.add("sa.delivered=" + sa.delivered() + " but sa.seeded=" + sa.seeded() + " (" + val21File + " /sa)");
        }
        int sum = evictionSum();
        if (sum != sb.accounted()) {
            v.add("sb.delivered + sb.deadletter = " + sb.delivered() + " + " + sb.deadletter() + " = " + sum
                    + " but sb.accounted=" + sb.accounted() + " (" + val21File + " /sb/accounted)");
        }
        if (sb.accounted() != EVICTION_SEEDED) {
            v.add("sb.accounted=" + sb.accounted() + ", expected 10 (" + val21File + " /sb/accounted)");
        }
        if (sum != sb.seeded()) {
            v.add("sb.delivered + sb.deadletter = " + sum + " but sb.seeded=" + sb.seeded()
                    + ": " + Math.abs(sb.seeded() - sum) + " segment(s) unaccounted (" + val21File + " /sb/seeded)");
        }
        if (val22.groupRDelivered() != GROUP_SIZE) {
            v.add("group_r_delivered=" + val22.groupRDelivered() + ", expected 4 (" + val22File + " /group_r_delivered)");
        }
        if (val22.groupRDelivered() != val22.groupREntries()) {
            v.add("group_r_delivered=" + val22.groupRDelivered() + " but group_r_entries=" + val22.groupREntries()
                    + " (" + val22File + " /group_r_entries)");
        }
        if (val22.groupURedeadlettered() != GROUP_SIZE) {
            v.add("group_u_redeadlettered=" + val22.groupURedeadlettered() + ", expected 4 (" + val22File
                    + " /group_u_redeadlettered)");
        }
        if (val22.groupURedeadlettered() != val22.groupUEntries()) {
            v.add("group_u_redeadlettered=" + val22.groupURedeadlettered() + " but group_u_entries="
                    + val22.groupUEntries() + " (" + val22File + " /group_u_entries)");
        }
        return v;
    }

    /** The matrix detail line. */
    public String summary() {
        Val21Report.Eviction sb = val21.sb();
        return "sa.delivered=" + val21.sa().delivered()
                + " sb.delivered+sb.deadletter=" + sb.delivered() + "+" + sb.deadletter() + "=" + evictionSum()
                + " sb.accounted=" + sb.accounted()
                + " group_r_delivered=" + val22.groupRDelivered()
                + " group_u_redeadlettered=" + val22.groupURedeadlettered();
    }
}

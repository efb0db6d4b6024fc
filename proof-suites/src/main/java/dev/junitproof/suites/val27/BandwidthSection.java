package dev.junitproof.suites.val27;

import java.util.List;

/** "Bandwidth Scenarios (VAL23)": S-A..S-D deliveries with their counters, S-E (★ BETA), the lab's fail count. */
final class BandwidthSection {

    private BandwidthSection() {
    }

    static void render(List<String> out, CoreSlice core) {
        out.add("Bandwidth Scenarios (VAL23):");
        if (core.report(Val23Report.class).isEmpty()) {
            out.add("MISSING: " + core.evidence().detail());
            return;
        }
        Val23Report r = core.report(Val23Report.class).get();
        Val23Report.Scenarios s = r.scenarios();
        Val23Report.Unlimited sa = s.saUnlimited();
        out.add(delivery("S-A unlimited", sa.delivery()) + " unlimited=" + sa.unlimited() + " "
                + Fmt.passFail(sa.delivery().asExpected() && sa.unlimited()));
        Val23Report.Limited sb = s.sbRateOnly();
        out.add(delivery("S-B rate-only (64 B/s)", sb.delivery()) + " throttle_count=" + sb.throttleCount()
                + " quota_drop_count=" + sb.quotaDropCount() + " "
                + Fmt.passFail(sb.delivery().asExpected() && sb.throttleCount() >= 4 && sb.quotaDropCount() == 0));
        Val23Report.Limited sc = s.scQuotaOnly();
        out.add(delivery("S-C quota-only (128 B daily)", sc.delivery()) + " quota_drop_count=" + sc.quotaDropCount()
                + " " + Fmt.passFail(sc.delivery().asExpected() && sc.quotaDropCount() >= 4));
        out.add(delivery("S-D hot-reload (rate 8→0)", s.sdHotReload()) + " " + Fmt.passFail(s.sdHotReload().asExpected()));
        out.add("S-E daily reset: " + r.seDailyReset().unitTest() + " " + r.seDailyReset().result()
                + " (injected-clock unit test only) " + BetaClaim.MARK);
        out.add("Lab fails: " + r.fails());
    }

    private static String delivery(String label, Val23Report.Delivery d) {
        return label + ": " + d.delivered() + "/" + d.seeded() + " delivered (expected " + d.expected() + ")";
    }
}

package dev.junitproof.suites.val27;

import java.util.ArrayList;
import java.util.List;

/**
 * VAL27-09: every VAL23 bandwidth scenario delivered exactly what it should. The lab's {@code fails == 0} is
 * checked, and so is each scenario's {@code delivered == expected} (a lab that under-counts its failures must not
 * pass), and the S-E daily-reset unit test result.
 */
public final class BandwidthDelivery {

    private BandwidthDelivery() {
    }

    public static List<String> violations(Val23Report r, String file) {
        List<String> v = new ArrayList<>();
        if (r.fails() != 0) {
            v.add("fails=" + r.fails() + " (" + file + " /fails)");
        }
        String[] keys = {"sa_unlimited", "sb_rate_only", "sc_quota_only", "sd_hot_reload"};
        List<Val23Report.Labelled> scenarios = r.scenarios().all();
        for (int i = 0; i < scenarios.size(); i++) {
            Val23Report.Labelled s = scenarios.get(i);
            if (!s.delivery().asExpected()) {
                v.add(s.id() + " delivered=" + s.delivery().delivered() + " but expected=" + s.delivery().expected()
                        + (r.fails() == 0 ? " although fails=0" : "") + " (" + file + " /scenarios/" + keys[i] + ")");
            }
        }
        if (!"PASS".equals(r.seDailyReset().result())) {
            v.add("S-E " + r.seDailyReset().unitTest() + " result=" + r.seDailyReset().result()
                    + " (" + file + " /se_daily_reset/result)");
        }
        return v;
    }

    public static String summary(Val23Report r) {
        long asExpected = r.scenarios().all().stream().filter(s -> s.delivery().asExpected()).count();
        return "fails=" + r.fails() + " delivered == expected in " + asExpected + "/4 scenarios, S-E "
                + r.seDailyReset().result();
    }
}

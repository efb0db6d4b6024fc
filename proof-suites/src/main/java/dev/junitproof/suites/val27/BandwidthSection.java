package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Outcomes;

import java.util.List;

/**
 * "Bandwidth Scenarios (VAL23)": S-A..S-D deliveries against the seed's table and their counters, S-E (★ BETA) and the
 * lab's fail count, each with its check's status. A scenario the seed does not name is reported, not judged.
 */
final class BandwidthSection {

    private BandwidthSection() {
    }

    static void render(List<String> out, CoreSlice core, Outcomes outcomes) {
        out.add("Bandwidth Scenarios (VAL23):");
        if (core.report(Val23Report.class).isEmpty()) {
            SectionLines.unreadable(out, outcomes, core);
            return;
        }
        Val23Report r = core.report(Val23Report.class).get();
        Val23Report.Scenarios s = r.scenarios();
        for (BandwidthScenario scenario : BandwidthScenario.values()) {
            Val23Report.Delivery d = scenario.delivery(r);
            String dropped = scenario.dropsByQuota() ? " + " + s.scQuotaOnly().quotaDropCount() + " dropped by quota" : "";
            out.add(SectionLines.judged(outcomes, BandwidthFigures.id(scenario), scenario.label() + " " + scenario.title()
                    + ": " + d.delivered() + "/" + d.seeded() + " delivered" + dropped + " (lab expected " + d.expected() + ")",
                    scenario.delivers() + "/" + scenario.seeded() + (scenario.dropsByQuota() ? ", every other dropped" : "")));
            switch (scenario) {
                case SA -> out.add(SectionLines.judged(outcomes, BandwidthFigures.UNLIMITED, "S-A unlimited="
                        + s.saUnlimited().unlimited(), "true"));
                case SB -> {
                    out.add(SectionLines.judged(outcomes, BandwidthFigures.THROTTLED, "S-B throttle_count="
                            + s.sbRateOnly().throttleCount(), RelayTargets.THROTTLED.text()));
                    out.add(SectionLines.judged(outcomes, BandwidthFigures.RATE_ONLY_DROPS, "S-B quota_drop_count="
                            + s.sbRateOnly().quotaDropCount(), RelayTargets.RATE_ONLY_DROPS.text()));
                }
                case SC -> out.add(SectionLines.judged(outcomes, BandwidthFigures.QUOTA_DROPS, "S-C quota_drop_count="
                        + s.scQuotaOnly().quotaDropCount(), RelayTargets.QUOTA_DROPS.text()) + "; throttle_count="
                        + s.scQuotaOnly().throttleCount() + " (informational)");
                case SD -> { }
            }
        }
        out.add(SectionLines.judged(outcomes, BandwidthFigures.DAILY_RESET, "S-E daily reset: " + r.seDailyReset().unitTest(),
                RelayTargets.DAILY_RESET_TEST + " passed") + " (injected-clock unit test only) " + BetaClaim.MARK);
        out.add(SectionLines.judged(outcomes, BandwidthFigures.FAILS, "Lab fails: " + r.fails(), RelayTargets.LAB_FAILS.text()));
        SectionLines.reportUnnamed(out, core, "/scenarios", BandwidthScenario.keys());
    }
}

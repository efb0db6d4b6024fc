package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * VAL23's bandwidth scenarios (seed §4), judged against the seed's table, not the lab's expectation: each scenario
 * seeds the seed's count and delivers what the seed says it must ({@link BandwidthScenario}), S-C's undelivered
 * segments are all in {@code quota_drop_count}, and {@code expected} agrees; the counters (S-A unlimited, S-B
 * throttled ≥ 4 and never dropped, S-C dropped ≥ 4), S-E's unit test, and the lab's fail count are checks of their own.
 */
final class BandwidthFigures {

    static final String UNLIMITED = "VAL23-sa-unlimited";
    static final String THROTTLED = "VAL23-sb-throttle";
    static final String RATE_ONLY_DROPS = "VAL23-sb-quota-drop";
    static final String QUOTA_DROPS = "VAL23-sc-quota-drop";
    static final String DAILY_RESET = "VAL23-se";
    static final String FAILS = "VAL23-fails";

    static final List<String> IDS = List.of(id(BandwidthScenario.SA), UNLIMITED, id(BandwidthScenario.SB), THROTTLED,
            RATE_ONLY_DROPS, id(BandwidthScenario.SC), QUOTA_DROPS, id(BandwidthScenario.SD), DAILY_RESET, FAILS);

    private BandwidthFigures() {
    }

    /** {@code VAL23-sa}: the scenario's delivery check. */
    static String id(BandwidthScenario scenario) {
        return "VAL23-" + scenario.key().substring(0, 2);
    }

    static List<CheckSpec> checks(CoreSlice core) {
        List<CheckSpec> checks = new ArrayList<>();
        for (BandwidthScenario scenario : BandwidthScenario.values()) {
            checks.add(FigureChecks.check(id(scenario), scenario.label() + " " + scenario.title() + ": "
                    + scenario.delivers() + "/" + scenario.seeded() + " delivered" + (scenario.dropsByQuota()
                    ? ", every other segment dropped by the quota" : ""), core, Val23Report.class,
                    "/scenarios/" + scenario.key(), (check, r) -> delivery(check, core, r, scenario)));
            switch (scenario) {
                case SA -> checks.add(FigureChecks.check(UNLIMITED, "S-A: unlimited = true", core, Val23Report.class,
                        "/scenarios/sa_unlimited/unlimited", (check, r) -> unlimited(check, core, r)));
                case SB -> {
                    checks.add(counter(core, THROTTLED, "S-B: throttle_count " + RelayTargets.THROTTLED.text(),
                            "sb_rate_only", "throttle_count", RelayTargets.THROTTLED));
                    checks.add(counter(core, RATE_ONLY_DROPS, "S-B: quota_drop_count " + RelayTargets.RATE_ONLY_DROPS.text()
                            + " (throttled, never dropped)", "sb_rate_only", "quota_drop_count", RelayTargets.RATE_ONLY_DROPS));
                }
                case SC -> checks.add(counter(core, QUOTA_DROPS, "S-C: quota_drop_count " + RelayTargets.QUOTA_DROPS.text(),
                        "sc_quota_only", "quota_drop_count", RelayTargets.QUOTA_DROPS));
                case SD -> { }
            }
        }
        checks.add(FigureChecks.check(DAILY_RESET, "S-E daily reset: " + RelayTargets.DAILY_RESET_TEST + " passed", core,
                Val23Report.class, "/se_daily_reset", (check, r) -> dailyReset(check, core, r)));
        checks.add(FigureChecks.check(FAILS, "fails " + RelayTargets.LAB_FAILS.text(), core, Val23Report.class, "/fails",
                (check, r) -> check.meets("fails", Measurement.count(r.fails()), RelayTargets.LAB_FAILS,
                        SourceRef.of(core.path(), "/fails"))));
        return checks;
    }

    private static void delivery(CheckContext check, CoreSlice core, Val23Report r, BandwidthScenario scenario) {
        Val23Report.Delivery d = scenario.delivery(r);
        String at = "/scenarios/" + scenario.key();
        check.detail(scenario.label() + " delivered=" + d.delivered() + "/" + d.seeded() + " (lab expected "
                + d.expected() + ")" + (scenario.dropsByQuota() ? " quota_drop_count=" + r.scenarios().scQuotaOnly().quotaDropCount() : ""));
        check.meets(scenario.label() + " seeded", Measurement.count(d.seeded()), RelayTargets.all(scenario.seeded()),
                SourceRef.of(core.path(), at + "/seeded"));
        check.meets(scenario.label() + " delivered", Measurement.count(d.delivered()), RelayTargets.all(scenario.delivers()),
                SourceRef.of(core.path(), at + "/delivered"));
        if (scenario.dropsByQuota()) {
            int dropped = r.scenarios().scQuotaOnly().quotaDropCount();
            if (d.delivered() + dropped != d.seeded()) {
                throw new AssertionError(scenario.label() + " delivered + quota_drop_count = " + d.delivered() + " + "
                        + dropped + " = " + (d.delivered() + dropped) + " but seeded=" + d.seeded() + ": "
                        + Math.abs(d.seeded() - d.delivered() - dropped) + " segment(s) unaccounted ("
                        + SourceRef.of(core.path(), at + "/quota_drop_count") + ")");
            }
        }
        // The lab's expectation is a second figure: it must agree with the seed's, it never replaces it.
        if (d.expected() != scenario.delivers()) {
            throw new AssertionError(scenario.label() + " expected=" + d.expected() + " but the seed's table says "
                    + scenario.delivers() + "/" + scenario.seeded() + " (" + SourceRef.of(core.path(), at + "/expected") + ")");
        }
    }

    private static void unlimited(CheckContext check, CoreSlice core, Val23Report r) {
        boolean unlimited = r.scenarios().saUnlimited().unlimited();
        check.measured("unlimited=" + unlimited).target("unlimited = true").detail("S-A unlimited=" + unlimited);
        if (!unlimited) {
            throw new AssertionError("S-A unlimited=false (" + SourceRef.of(core.path(), "/scenarios/sa_unlimited/unlimited") + ")");
        }
    }

    /** A counter of a limited scenario (S-B, S-C) judged against its target. */
    private static CheckSpec counter(CoreSlice core, String id, String title, String scenario, String field,
            Target target) {
        String pointer = "/scenarios/" + scenario + "/" + field;
        return FigureChecks.check(id, title, core, Val23Report.class, pointer, (check, r) -> {
            int value = counterValue(r, scenario, field);
            check.detail(scenario + " " + field + "=" + value);
            check.meets(scenario + " " + field, Measurement.count(value), target, SourceRef.of(core.path(), pointer));
        });
    }

    private static int counterValue(Val23Report r, String scenario, String field) {
        Val23Report.Limited limited = switch (scenario) {
            case "sb_rate_only" -> r.scenarios().sbRateOnly();
            case "sc_quota_only" -> r.scenarios().scQuotaOnly();
            default -> throw new IllegalArgumentException("no limited scenario " + scenario);
        };
        return switch (field) {
            case "throttle_count" -> limited.throttleCount();
            case "quota_drop_count" -> limited.quotaDropCount();
            default -> throw new IllegalArgumentException("no counter " + field);
        };
    }

    private static void dailyReset(CheckContext check, CoreSlice core, Val23Report r) {
        Val23Report.DailyReset reset = r.seDailyReset();
        boolean named = RelayTargets.DAILY_RESET_TEST.equals(reset.unitTest());
        boolean passed = "PASS".equals(reset.result());
        check.measured(reset.unitTest() + " " + reset.result()).target(RelayTargets.DAILY_RESET_TEST + " passed")
                .detail("S-E " + reset.unitTest() + (passed ? " passed" : " did not pass") + " (the lab's result)");
        if (!named) {
            throw new AssertionError("S-E unit_test=" + reset.unitTest() + ", not the seed's " + RelayTargets.DAILY_RESET_TEST
                    + " (" + SourceRef.of(core.path(), "/se_daily_reset/unit_test") + ")");
        }
        if (!passed) {
            throw new AssertionError("S-E " + reset.unitTest() + " result=" + reset.result() + " ("
                    + SourceRef.of(core.path(), "/se_daily_reset/result") + ")");
        }
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.List;

/**
 * VAL21's message-loss invariants (seed §4), recomputed from the raw counts rather than trusted: S-A delivers all
 * 200 it seeded; S-B's {@code delivered + deadletter} is the lab's {@code accounted}, equals what was seeded, and is
 * 10; S-C's relay-status reports the 10 delivered within 0.4 s. Drain time and eviction count are informational.
 */
final class OverflowFigures {

    static final String DEEP_DRAIN = "VAL21-sa";
    static final String EVICTION = "VAL21-sb";
    static final String STATUS = "VAL21-sc";
    static final String STATUS_LAG = "VAL21-sc-lag";

    static final List<String> IDS = List.of(DEEP_DRAIN, EVICTION, STATUS, STATUS_LAG);

    private OverflowFigures() {
    }

    static List<CheckSpec> checks(CoreSlice core) {
        return List.of(
                FigureChecks.check(DEEP_DRAIN, "S-A: sa.delivered == sa.seeded == 200", core, Val21Report.class, "/sa",
                        (check, r) -> deepDrain(check, core, r)),
                FigureChecks.check(EVICTION, "S-B: sb.delivered + sb.deadletter == sb.accounted == sb.seeded == 10", core,
                        Val21Report.class, "/sb", (check, r) -> eviction(check, core, r)),
                FigureChecks.check(STATUS, "S-C: relay-status reports sc.delivered == 10", core, Val21Report.class, "/sc",
                        (check, r) -> status(check, core, r)),
                FigureChecks.check(STATUS_LAG, "S-C: relay-status within 0.4 s", core, Val21Report.class,
                        "/sc/status_lag_s", (check, r) -> check.meets("sc.status_lag_s",
                                Measurement.of(r.sc().statusLagS(), Unit.SECONDS, RelayTargets.STATUS_LAG.digits()),
                                RelayTargets.STATUS_LAG, SourceRef.of(core.path(), "/sc/status_lag_s"))));
    }

    private static void deepDrain(CheckContext check, CoreSlice core, Val21Report r) {
        Val21Report.DeepDrain sa = r.sa();
        check.detail("sa.delivered=" + sa.delivered() + " sa.seeded=" + sa.seeded());
        FigureChecks.agree("sa.delivered", sa.delivered(), "sa.seeded", sa.seeded(), SourceRef.of(core.path(), "/sa/seeded"));
        check.meets("sa.delivered", Measurement.count(sa.delivered()), RelayTargets.DEEP_DRAIN,
                SourceRef.of(core.path(), "/sa/delivered"));
    }

    private static void eviction(CheckContext check, CoreSlice core, Val21Report r) {
        Val21Report.Eviction sb = r.sb();
        int sum = sb.delivered() + sb.deadletter();
        check.detail("sb.delivered + sb.deadletter = " + sb.delivered() + " + " + sb.deadletter() + " = " + sum
                + ", sb.accounted=" + sb.accounted() + ", sb.seeded=" + sb.seeded());
        if (sum != sb.accounted()) {
            throw new AssertionError("sb.delivered + sb.deadletter = " + sb.delivered() + " + " + sb.deadletter() + " = "
                    + sum + " but sb.accounted=" + sb.accounted() + " (" + SourceRef.of(core.path(), "/sb/accounted") + ")");
        }
        if (sum != sb.seeded()) {
            throw new AssertionError("sb.delivered + sb.deadletter = " + sum + " but sb.seeded=" + sb.seeded() + ": "
                    + Math.abs(sb.seeded() - sum) + " segment(s) unaccounted (" + SourceRef.of(core.path(), "/sb/seeded") + ")");
        }
        check.meets("sb.accounted", Measurement.count(sb.accounted()), RelayTargets.EVICTION_ACCOUNTED,
                SourceRef.of(core.path(), "/sb/accounted"));
    }

    private static void status(CheckContext check, CoreSlice core, Val21Report r) {
        Val21Report.StatusAccuracy sc = r.sc();
        check.detail("sc.delivered=" + sc.delivered() + " sc.status_delivered=" + sc.statusDelivered());
        FigureChecks.agree("sc.status_delivered", sc.statusDelivered(), "sc.delivered", sc.delivered(),
                SourceRef.of(core.path(), "/sc/status_delivered"));
        check.meets("sc.delivered", Measurement.count(sc.delivered()), RelayTargets.STATUS_DELIVERED,
                SourceRef.of(core.path(), "/sc/delivered"));
    }
}

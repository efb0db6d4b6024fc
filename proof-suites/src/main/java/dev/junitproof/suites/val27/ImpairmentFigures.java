package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.List;

/**
 * VAL19's network scenarios (seed §4): the outage deadletters every segment after {@code max_retry=3}; the bandwidth,
 * latency and cutoff scenarios deliver every segment (the cutoff through the relay's retry path), the latency ones
 * under {@code dial_timeout=5 s / ack_timeout=5 s}. Elapsed times and proxy bytes are informational ★ BETA.
 */
final class ImpairmentFigures {

    static final String OUTAGE = "VAL19-outage";
    static final String MAX_RETRY = "VAL19-max-retry";
    static final String BANDWIDTH_1 = "VAL19-bandwidth-1mbps";
    static final String BANDWIDTH_10 = "VAL19-bandwidth-10mbps";
    static final String LATENCY_200 = "VAL19-latency-200ms";
    static final String LATENCY_500 = "VAL19-latency-500ms";
    static final String DIAL_TIMEOUT = "VAL19-dial-timeout";
    static final String ACK_TIMEOUT = "VAL19-ack-timeout";
    static final String CUTOFF = "VAL19-cutoff";

    static final List<String> IDS = List.of(OUTAGE, MAX_RETRY, BANDWIDTH_1, BANDWIDTH_10, LATENCY_200, LATENCY_500,
            DIAL_TIMEOUT, ACK_TIMEOUT, CUTOFF);

    private ImpairmentFigures() {
    }

    static List<CheckSpec> checks(CoreSlice core) {
        return List.of(
                FigureChecks.check(OUTAGE, "Outage (TCP refused): every seeded segment → DEADLETTER", core,
                        Val19Report.class, "/scenarios/outage", (check, r) -> outage(check, core, r)),
                FigureChecks.check(MAX_RETRY, "Outage: max_retry " + RelayTargets.MAX_RETRY.text(), core,
                        Val19Report.class, "/config/max_retry", (check, r) -> check.meets("max_retry",
                                Measurement.count(r.config().maxRetry()), RelayTargets.MAX_RETRY,
                                SourceRef.of(core.path(), "/config/max_retry"))),
                FigureChecks.check(BANDWIDTH_1, "Bandwidth 1 Mbps: every seeded segment delivered", core,
                        Val19Report.class, "/scenarios/bandwidth_1mbps", (check, r) -> delivered(check, core,
                                "bandwidth_1mbps", r.scenarios().bandwidth1mbps().seeded(),
                                r.scenarios().bandwidth1mbps().delivered())),
                FigureChecks.check(BANDWIDTH_10, "Bandwidth 10 Mbps: every seeded segment delivered", core,
                        Val19Report.class, "/scenarios/bandwidth_10mbps", (check, r) -> delivered(check, core,
                                "bandwidth_10mbps", r.scenarios().bandwidth10mbps().seeded(),
                                r.scenarios().bandwidth10mbps().delivered())),
                FigureChecks.check(LATENCY_200, "Latency 200 ms: every seeded segment delivered", core,
                        Val19Report.class, "/scenarios/latency_200ms", (check, r) -> delivered(check, core,
                                "latency_200ms", r.scenarios().latency200ms().seeded(), r.scenarios().latency200ms().delivered())),
                FigureChecks.check(LATENCY_500, "Latency 500 ms: every seeded segment delivered", core,
                        Val19Report.class, "/scenarios/latency_500ms", (check, r) -> delivered(check, core,
                                "latency_500ms", r.scenarios().latency500ms().seeded(), r.scenarios().latency500ms().delivered())),
                FigureChecks.check(DIAL_TIMEOUT, "Latency: dial_timeout " + RelayTargets.DIAL_TIMEOUT.text(), core,
                        Val19Report.class, "/config/dial_timeout_s", (check, r) -> check.meets("dial_timeout",
                                Measurement.of(r.config().dialTimeoutS(), Unit.SECONDS, RelayTargets.DIAL_TIMEOUT.digits()),
                                RelayTargets.DIAL_TIMEOUT, SourceRef.of(core.path(), "/config/dial_timeout_s"))),
                FigureChecks.check(ACK_TIMEOUT, "Latency: ack_timeout " + RelayTargets.ACK_TIMEOUT.text(), core,
                        Val19Report.class, "/config/ack_timeout_s", (check, r) -> check.meets("ack_timeout",
                                Measurement.of(r.config().ackTimeoutS(), Unit.SECONDS, RelayTargets.ACK_TIMEOUT.digits()),
                                RelayTargets.ACK_TIMEOUT, SourceRef.of(core.path(), "/config/ack_timeout_s"))),
                FigureChecks.check(CUTOFF, "Cutoff (TCP RST mid-stream): retry path triggered, every seeded segment "
                        + "delivered", core, Val19Report.class, "/scenarios/cutoff", (check, r) -> cutoff(check, core, r)));
    }

    private static void outage(CheckContext check, CoreSlice core, Val19Report r) {
        Val19Report.Outage outage = r.scenarios().outage();
        SourceRef source = SourceRef.of(core.path(), "/scenarios/outage/deadletter");
        check.detail("outage deadletter=" + outage.deadletter() + " of seeded=" + outage.seeded());
        FigureChecks.seeded("outage seeded", outage.seeded(), source);
        check.meets("outage deadletter", Measurement.count(outage.deadletter()), RelayTargets.all(outage.seeded()), source);
    }

    private static void delivered(CheckContext check, CoreSlice core, String scenario, int seeded, int delivered) {
        SourceRef source = SourceRef.of(core.path(), "/scenarios/" + scenario + "/delivered");
        check.detail(scenario + " delivered=" + delivered + " of seeded=" + seeded);
        FigureChecks.seeded(scenario + " seeded", seeded, source);
        check.meets(scenario + " delivered", Measurement.count(delivered), RelayTargets.all(seeded), source);
    }

    private static void cutoff(CheckContext check, CoreSlice core, Val19Report r) {
        Val19Report.Cutoff cutoff = r.scenarios().cutoff();
        check.detail("cutoff delivered=" + cutoff.delivered() + " of seeded=" + cutoff.seeded() + ", retry_triggered="
                + cutoff.retryTriggered());
        if (!cutoff.retryTriggered()) {
            throw new AssertionError("cutoff retry_triggered=false: the relay's retry path did not run ("
                    + SourceRef.of(core.path(), "/scenarios/cutoff/retry_triggered") + ")");
        }
        SourceRef source = SourceRef.of(core.path(), "/scenarios/cutoff/delivered");
        FigureChecks.seeded("cutoff seeded", cutoff.seeded(), source);
        check.meets("cutoff delivered", Measurement.count(cutoff.delivered()), RelayTargets.all(cutoff.seeded()), source);
    }
}

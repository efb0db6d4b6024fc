package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.Unit;
import dev.junitproof.suites.text.Numbers;

import java.util.List;

/**
 * "Network Scenarios (VAL19)": outage, bandwidth, latency and cutoff (seed §4), each figure with the status of the
 * check that judges it; elapsed times and proxy bytes are informational (★ BETA where the seed says so).
 */
final class NetworkScenariosSection {

    private NetworkScenariosSection() {
    }

    static void render(List<String> out, CoreSlice core, Outcomes outcomes) {
        out.add("Network Scenarios (VAL19, TCP impairment proxy):");
        if (core.report(Val19Report.class).isEmpty()) {
            SectionLines.unreadable(out, outcomes, core);
            return;
        }
        Val19Report r = core.report(Val19Report.class).get();
        Val19Report.Scenarios s = r.scenarios();
        Val19Report.Config c = r.config();
        out.add(SectionLines.judged(outcomes, ImpairmentFigures.OUTAGE, "Outage (TCP refused): " + s.outage().deadletter()
                + "/" + s.outage().seeded() + " → DEADLETTER", "every seeded segment")
                + "; elapsed=" + Numbers.whole(s.outage().elapsedMs()) + " ms (informational)");
        out.add(SectionLines.judged(outcomes, ImpairmentFigures.MAX_RETRY, "Outage retry budget: max_retry=" + c.maxRetry(),
                RelayTargets.MAX_RETRY.text()));
        out.add(bandwidth(outcomes, ImpairmentFigures.BANDWIDTH_1, "Bandwidth 1 Mbps", s.bandwidth1mbps()));
        out.add(bandwidth(outcomes, ImpairmentFigures.BANDWIDTH_10, "Bandwidth 10 Mbps", s.bandwidth10mbps()));
        out.add(latency(outcomes, ImpairmentFigures.LATENCY_200, "Latency 200 ms", s.latency200ms()));
        out.add(latency(outcomes, ImpairmentFigures.LATENCY_500, "Latency 500 ms", s.latency500ms()));
        Measurement dial = Measurement.of(c.dialTimeoutS(), Unit.SECONDS, RelayTargets.DIAL_TIMEOUT.digits());
        Measurement ack = Measurement.of(c.ackTimeoutS(), Unit.SECONDS, RelayTargets.ACK_TIMEOUT.digits());
        out.add(SectionLines.judged(outcomes, ImpairmentFigures.DIAL_TIMEOUT, "Latency dial_timeout="
                + dial.against(RelayTargets.DIAL_TIMEOUT), RelayTargets.DIAL_TIMEOUT.text()));
        out.add(SectionLines.judged(outcomes, ImpairmentFigures.ACK_TIMEOUT, "Latency ack_timeout="
                + ack.against(RelayTargets.ACK_TIMEOUT), RelayTargets.ACK_TIMEOUT.text()));
        Val19Report.Cutoff cut = s.cutoff();
        out.add(SectionLines.judged(outcomes, ImpairmentFigures.CUTOFF, "Cutoff (TCP RST mid-stream): " + cut.delivered()
                + "/" + cut.seeded() + " delivered retry_triggered=" + cut.retryTriggered(),
                "retry triggered, every seeded segment delivered"));
        SectionLines.reportUnnamed(out, core, "/scenarios", SCENARIOS);
    }

    /** The scenarios of the seed's §4 table, as val19-report.json names them. */
    static final List<String> SCENARIOS = List.of("outage", "bandwidth_1mbps", "bandwidth_10mbps", "latency_200ms",
            "latency_500ms", "cutoff");

    /** Bandwidth under impairment: the delivery is judged; its speed is informational proxy stats, a beta claim. */
    private static String bandwidth(Outcomes outcomes, String id, String label, Val19Report.Bandwidth b) {
        return SectionLines.judged(outcomes, id, label + ": " + b.delivered() + "/" + b.seeded() + " delivered",
                "every seeded segment") + "; elapsed=" + Numbers.whole(b.elapsedMs()) + " ms proxy_bytes="
                + Numbers.count(b.proxyBytes()) + " " + BetaClaim.MARK;
    }

    private static String latency(Outcomes outcomes, String id, String label, Val19Report.Latency l) {
        return SectionLines.judged(outcomes, id, label + ": " + l.delivered() + "/" + l.seeded() + " delivered",
                "every seeded segment") + "; elapsed=" + Numbers.whole(l.elapsedMs()) + " ms (informational)";
    }
}

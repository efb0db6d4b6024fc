package dev.junitproof.suites.val27;

import java.util.List;

/** "Network Scenarios (VAL19)": outage, bandwidth (★ BETA figures), latency and cutoff, seed §4. */
final class NetworkScenariosSection {

    private NetworkScenariosSection() {
    }

    static void render(List<String> out, CoreSlice core) {
        out.add("Network Scenarios (VAL19, TCP impairment proxy):");
        if (core.report(Val19Report.class).isEmpty()) {
            out.add("MISSING: " + core.evidence().detail());
            return;
        }
        Val19Report r = core.report(Val19Report.class).get();
        Val19Report.Scenarios s = r.scenarios();
        Val19Report.Config c = r.config();
        out.add("Outage (TCP refused): " + s.outage().deadletter() + "/" + s.outage().seeded() + " → DEADLETTER elapsed="
                + Fmt.whole(s.outage().elapsedMs()) + " ms (max_retry=" + c.maxRetry() + ") "
                + Fmt.passFail(s.outage().deadletter() == s.outage().seeded()));
        out.add(bandwidth("Bandwidth 1 Mbps", s.bandwidth1mbps()));
        out.add(bandwidth("Bandwidth 10 Mbps", s.bandwidth10mbps()));
        String timeouts = " [dial_timeout=" + Fmt.seconds(c.dialTimeoutS()) + " / ack_timeout=" + Fmt.seconds(c.ackTimeoutS()) + "] ";
        out.add(latency("Latency 200 ms", s.latency200ms()) + timeouts + Fmt.passFail(delivered(s.latency200ms())));
        out.add(latency("Latency 500 ms", s.latency500ms()) + timeouts + Fmt.passFail(delivered(s.latency500ms())));
        Val19Report.Cutoff cut = s.cutoff();
        out.add("Cutoff (TCP RST mid-stream): " + cut.delivered() + "/" + cut.seeded() + " delivered retry_triggered="
                + cut.retryTriggered() + " " + Fmt.passFail(cut.retryTriggered() && cut.delivered() == cut.seeded()));
    }

    /** Bandwidth under impairment has no threshold: informational proxy stats, a beta claim. */
    private static String bandwidth(String label, Val19Report.Bandwidth b) {
        return label + ": " + b.delivered() + "/" + b.seeded() + " delivered elapsed=" + Fmt.whole(b.elapsedMs())
                + " ms proxy_bytes=" + Fmt.count(b.proxyBytes()) + " " + BetaClaim.MARK;
    }

    private static String latency(String label, Val19Report.Latency l) {
        return label + ": " + l.delivered() + "/" + l.seeded() + " delivered elapsed=" + Fmt.whole(l.elapsedMs()) + " ms";
    }

    private static boolean delivered(Val19Report.Latency l) {
        return l.delivered() == l.seeded();
    }
}

package dev.junitproof.suites.val27;

import java.util.List;
import java.util.Optional;

/**
 * "Throughput Tiers (VAL20)": zero loss per tier is the target; segs/sec and bytes/sec are informational and
 * printed ★ BETA (no floor until recalibrated on production-representative hardware).
 */
final class ThroughputSection {

    private static final List<String> TIERS = List.of("T1", "T2", "T3", "T4", "T5");

    private ThroughputSection() {
    }

    static void render(List<String> out, CoreSlice core) {
        out.add("Throughput Tiers (VAL20, single host, zero loss is the target):");
        if (core.report(Val20Report.class).isEmpty()) {
            out.add("MISSING: " + core.evidence().detail());
            return;
        }
        Val20Report r = core.report(Val20Report.class).get();
        Optional<Val20Report.Tier> t1 = r.tier("T1");
        for (String label : TIERS) {
            Optional<Val20Report.Tier> tier = r.tier(label);
            if (tier.isEmpty()) {
                out.add(label + ": MISSING (" + r.tiers(label).size() + " " + label + " tiers in " + core.path()
                        + ", expected 1)");
                continue;
            }
            out.add(line(tier.get(), t1));
        }
        out.add("Note: No hard segs/sec or bytes/sec floor is set in VAL20. Throughput figures are");
        out.add("informational " + BetaClaim.MARK + " until recalibrated on production-representative hardware.");
    }

    private static String line(Val20Report.Tier t, Optional<Val20Report.Tier> t1) {
        boolean zeroLoss = t.zeroLoss() && t.delivered() == t.segments() && t.lost() == 0;
        String target = "zero loss";
        boolean pass = zeroLoss;
        String figures = Fmt.f("%.1f segs/sec %s B/s", t.segsPerSec(), Fmt.whole(t.bytesPerSec()));
        if (t.tier().equals("T2")) {
            target += "; sps ≥ T1 sps";
            pass &= t1.map(one -> t.segsPerSec() >= one.segsPerSec()).orElse(false);
        }
        if (t.tier().equals("T5")) {
            target += "; constrained_bps > 0";
            double constrained = t.constrainedBps() == null ? 0 : t.constrainedBps();
            pass &= constrained > 0;
            figures += " constrained_bps=" + Fmt.whole(constrained);
        }
        String proxy = t.proxy() != null && t.proxy().isTextual() && !t.proxy().asText().isEmpty()
                ? ", proxy " + t.proxy().asText() : "";
        return t.tier() + " " + t.name() + " " + t.segments() + " × " + Fmt.bytes(t.segmentBytes()) + proxy + ": "
                + t.delivered() + "/" + t.segments() + " delivered lost=" + t.lost() + " zero_loss=" + t.zeroLoss()
                + " [target " + target + "] " + Fmt.passFail(pass) + " " + figures + " " + BetaClaim.MARK;
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Outcomes;
import dev.junitproof.suites.text.Numbers;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Throughput Tiers (VAL20)": zero loss per tier is the target, each with its check's status, and T2's sanity and
 * T5's constrained bytes/sec likewise; segs/sec and bytes/sec are informational and printed ★ BETA (no floor until
 * recalibrated on production-representative hardware).
 */
final class ThroughputSection {

    private ThroughputSection() {
    }

    static void render(List<String> out, CoreSlice core, Outcomes outcomes) {
        out.add("Throughput Tiers (VAL20, single host, zero loss is the target):");
        if (core.report(Val20Report.class).isEmpty()) {
            SectionLines.unreadable(out, outcomes, core);
            return;
        }
        Val20Report r = core.report(Val20Report.class).get();
        String labels = r.tiers().stream().map(Val20Report.Tier::tier).collect(Collectors.joining(", "));
        out.add(SectionLines.judged(outcomes, ThroughputFigures.TIERS, "Tiers: " + labels, "T1..T5, each once"));
        for (ThroughputTier label : ThroughputTier.values()) {
            Optional<Val20Report.Tier> tier = r.tier(label.name());
            String id = ThroughputFigures.id(label);
            if (tier.isEmpty()) {
                out.add(SectionLines.judged(outcomes, id, label.name() + " " + label.seedName() + ": "
                        + r.tiers(label.name()).size() + " " + label.name() + " tiers in " + core.path(), "exactly 1, zero loss"));
                continue;
            }
            out.add(line(outcomes, id, tier.get()));
            if (label == ThroughputTier.T2) {
                String t1 = r.tier("T1").map(t -> Numbers.plain(t.segsPerSec()) + " segs/sec").orElse("no single T1");
                out.add(SectionLines.judged(outcomes, ThroughputFigures.T2_SPS, "T2 sanity: "
                        + Numbers.plain(tier.get().segsPerSec()) + " segs/sec, T1 " + t1, "T2 ≥ T1"));
            }
            if (label == ThroughputTier.T5) {
                double bps = tier.get().constrainedBps() == null ? 0 : tier.get().constrainedBps();
                out.add(SectionLines.judged(outcomes, ThroughputFigures.T5_BPS, "T5 constrained_bps=" + Numbers.whole(bps),
                        RelayTargets.CONSTRAINED_BPS.text()));
            }
        }
        out.add("Note: No hard segs/sec or bytes/sec floor is set in VAL20. Throughput figures are");
        out.add("informational " + BetaClaim.MARK + " until recalibrated on production-representative hardware.");
    }

    private static String line(Outcomes outcomes, String id, Val20Report.Tier t) {
        String proxy = t.proxy() != null && t.proxy().isTextual() && !t.proxy().asText().isEmpty()
                ? ", proxy " + t.proxy().asText() : "";
        return SectionLines.judged(outcomes, id, t.tier() + " " + t.name() + " " + t.segments() + " × "
                + Numbers.bytes(t.segmentBytes()) + proxy + ": " + t.delivered() + "/" + t.segments() + " delivered lost="
                + t.lost() + " zero_loss=" + t.zeroLoss(), "zero loss") + "; " + Numbers.fixed(t.segsPerSec(), 1)
                + " segs/sec " + Numbers.whole(t.bytesPerSec()) + " B/s " + BetaClaim.MARK;
    }
}

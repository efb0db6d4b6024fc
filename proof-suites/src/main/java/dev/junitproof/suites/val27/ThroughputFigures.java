package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.text.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * VAL20's throughput tiers (seed §4): every tier T1..T5 runs its load with zero loss, T2's segs/sec is at least T1's
 * (a sanity check), T5 moves bytes through its 1 Mbps proxy. The tier list is judged whole: exactly T1..T5, each once
 * (an extra, repeated or missing tier fails {@link #TIERS}, naming it). Throughput itself is informational ★ BETA.
 */
final class ThroughputFigures {

    static final String TIERS = "VAL20-tiers";
    static final String T2_SPS = "VAL20-T2-sps";
    static final String T5_BPS = "VAL20-T5-bps";

    static final List<String> IDS = List.of(TIERS, id(ThroughputTier.T1), id(ThroughputTier.T2), T2_SPS,
            id(ThroughputTier.T3), id(ThroughputTier.T4), id(ThroughputTier.T5), T5_BPS);

    private ThroughputFigures() {
    }

    /** {@code VAL20-T2}: the tier's zero-loss check. */
    static String id(ThroughputTier tier) {
        return "VAL20-" + tier.name();
    }

    static List<CheckSpec> checks(CoreSlice core) {
        List<CheckSpec> checks = new ArrayList<>();
        checks.add(FigureChecks.check(TIERS, "tiers: exactly T1..T5, each once", core, Val20Report.class, "/tiers",
                (check, r) -> tiers(check, core, r)));
        for (ThroughputTier tier : ThroughputTier.values()) {
            checks.add(FigureChecks.check(id(tier), tier.name() + " " + tier.seedName() + " " + tier.load()
                    + ": zero loss", core, Val20Report.class, "/tiers", (check, r) -> zeroLoss(check, core, r, tier)));
            if (tier == ThroughputTier.T2) {
                checks.add(FigureChecks.check(T2_SPS, "T2 segs/sec ≥ T1 segs/sec (sanity)", core, Val20Report.class,
                        "/tiers", (check, r) -> sanity(check, core, r)));
            }
        }
        checks.add(FigureChecks.check(T5_BPS, "T5 constrained_bps " + RelayTargets.CONSTRAINED_BPS.text(), core,
                Val20Report.class, "/tiers", (check, r) -> constrained(check, core, r)));
        return checks;
    }

    private static void tiers(CheckContext check, CoreSlice core, Val20Report r) {
        Set<String> unknown = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        r.tiers().stream().map(Val20Report.Tier::tier).filter(label -> ThroughputTier.of(label).isEmpty())
                .forEach(unknown::add);
        if (!unknown.isEmpty()) {
            problems.add("tiers the seed does not name: " + String.join(", ", unknown));
        }
        for (ThroughputTier tier : ThroughputTier.values()) {
            int found = r.tiers(tier.name()).size();
            if (found != 1) {
                problems.add(found + " " + tier.name() + " tiers, expected 1");
            }
        }
        String labels = String.join(", ", r.tiers().stream().map(Val20Report.Tier::tier).toList());
        check.measured(r.tiers().size() + " tiers: " + labels).target("T1, T2, T3, T4, T5, each once")
                .detail(problems.isEmpty() ? "tiers " + labels : String.join("; ", problems));
        if (!problems.isEmpty()) {
            throw new AssertionError(core.path() + " /tiers: " + String.join("; ", problems));
        }
    }

    /** The one tier with this label, or a failure naming how many there are. */
    private static Val20Report.Tier tier(CoreSlice core, Val20Report r, ThroughputTier tier) {
        return r.tier(tier.name()).orElseThrow(() -> new AssertionError(core.path() + " /tiers holds "
                + r.tiers(tier.name()).size() + " " + tier.name() + " tiers, expected exactly 1"));
    }

    private static SourceRef at(CoreSlice core, Val20Report r, Val20Report.Tier t, String field) {
        return SourceRef.of(core.path(), "/tiers/" + r.tiers().indexOf(t) + "/" + field);
    }

    private static void zeroLoss(CheckContext check, CoreSlice core, Val20Report r, ThroughputTier tier) {
        Val20Report.Tier t = tier(core, r, tier);
        check.source(at(core, r, t, "lost"));
        check.detail(tier.name() + " delivered=" + t.delivered() + "/" + t.segments() + " lost=" + t.lost()
                + " zero_loss=" + t.zeroLoss());
        if (t.segments() != tier.segments() || t.segmentBytes() != tier.segmentBytes()) {
            throw new AssertionError(tier.name() + " load is " + t.segments() + " × " + t.segmentBytes()
                    + " B, the seed's is " + tier.load() + " (" + at(core, r, t, "segments") + ")");
        }
        if (!t.zeroLoss()) {
            throw new AssertionError(tier.name() + " zero_loss=false (" + at(core, r, t, "zero_loss") + ")");
        }
        FigureChecks.agree(tier.name() + " delivered", t.delivered(), "segments", t.segments(), at(core, r, t, "delivered"));
        check.meets(tier.name() + " lost", Measurement.count(t.lost()), RelayTargets.LOST, at(core, r, t, "lost"));
    }

    private static void sanity(CheckContext check, CoreSlice core, Val20Report r) {
        Val20Report.Tier t1 = tier(core, r, ThroughputTier.T1);
        Val20Report.Tier t2 = tier(core, r, ThroughputTier.T2);
        check.detail("T2 " + Numbers.plain(t2.segsPerSec()) + " segs/sec, T1 " + Numbers.plain(t1.segsPerSec()) + " segs/sec");
        check.meets("T2 segs_per_sec", Measurement.of(t2.segsPerSec(), RelayTargets.SEGS_PER_SEC, Digits.decimals(1)),
                RelayTargets.atLeastT1(t1.segsPerSec()), at(core, r, t2, "segs_per_sec"));
    }

    private static void constrained(CheckContext check, CoreSlice core, Val20Report r) {
        Val20Report.Tier t5 = tier(core, r, ThroughputTier.T5);
        double bps = t5.constrainedBps() == null ? 0 : t5.constrainedBps();
        check.detail("T5 constrained_bps=" + Numbers.plain(bps));
        check.meets("T5 constrained_bps", Measurement.of(bps, RelayTargets.CONSTRAINED_BPS.unit(), Digits.GROUPED),
                RelayTargets.CONSTRAINED_BPS, at(core, r, t5, "constrained_bps"));
    }
}

package dev.junitproof.suites.val27;

import java.util.ArrayList;
import java.util.List;

/**
 * VAL27-07: the VAL20 T2 baseline (10 × 64 B) lost nothing. The lab's {@code zero_loss} flag alone is not
 * trusted: {@code delivered == segments} and {@code lost == 0} must hold too, and the tier must be the 10 × 64 B
 * load the claim is about.
 */
public final class BaselineTier {

    public static final String LABEL = "T2";
    public static final int SEGMENTS = 10;
    public static final long SEGMENT_BYTES = 64;

    private BaselineTier() {
    }

    /** Why the T2 tier does not prove zero loss; empty when it does. */
    public static List<String> violations(Val20Report report, String file) {
        List<Val20Report.Tier> found = report.tiers(LABEL);
        if (found.size() != 1) {
            return List.of(file + " /tiers holds " + found.size() + " T2 tiers, expected exactly 1");
        }
        Val20Report.Tier t2 = found.get(0);
        String at = file + " /tiers/" + report.tiers().indexOf(t2);
        List<String> v = new ArrayList<>();
        if (t2.segments() != SEGMENTS || t2.segmentBytes() != SEGMENT_BYTES) {
            v.add("T2 load is " + t2.segments() + " × " + t2.segmentBytes() + " B, expected 10 × 64 B (" + at + ")");
        }
        if (!t2.zeroLoss()) {
            v.add("zero_loss=false (" + at + "/zero_loss)");
        }
        if (t2.delivered() != t2.segments()) {
            v.add("delivered=" + t2.delivered() + " but segments=" + t2.segments()
                    + (t2.zeroLoss() ? " although zero_loss=true" : "") + " (" + at + "/delivered)");
        }
        if (t2.lost() != 0) {
            v.add("lost=" + t2.lost() + (t2.zeroLoss() ? " although zero_loss=true" : "") + " (" + at + "/lost)");
        }
        return v;
    }

    public static String summary(Val20Report report) {
        return report.tier(LABEL)
                .map(t -> "T2 delivered=" + t.delivered() + "/" + t.segments() + " lost=" + t.lost()
                        + " zero_loss=" + t.zeroLoss())
                .orElse("T2 tier: " + report.tiers(LABEL).size() + " found, expected 1");
    }
}

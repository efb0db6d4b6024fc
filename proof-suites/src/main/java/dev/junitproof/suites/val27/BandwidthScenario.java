package dev.junitproof.suites.val27;

import java.util.List;

/**
 * VAL23's bandwidth scenarios as the seed's table fixes them (§4): what each seeds and what it must deliver. S-A,
 * S-B and S-D deliver every seeded segment (S-B throttled, never dropped); S-C delivers what its 128 B daily quota
 * allows (the first 2 segments) and counts every other one in {@code quota_drop_count}. The lab's own
 * {@code expected} is a second figure that must agree, never the measure.
 */
enum BandwidthScenario {
    SA("S-A", "unlimited", "sa_unlimited", 4, 4),
    SB("S-B", "rate-only (64 B/s)", "sb_rate_only", 5, 5),
    SC("S-C", "quota-only (128 B daily)", "sc_quota_only", 6, 2),
    SD("S-D", "hot-reload (rate 8→0)", "sd_hot_reload", 6, 6);

    private final String label;
    private final String title;
    private final String key;
    private final int seeded;
    private final int delivers;

    BandwidthScenario(String label, String title, String key, int seeded, int delivers) {
        this.label = label;
        this.title = title;
        this.key = key;
        this.seeded = seeded;
        this.delivers = delivers;
    }

    String label() {
        return label;
    }

    String title() {
        return title;
    }

    /** The scenario's key under {@code /scenarios} in val23-summary.json. */
    String key() {
        return key;
    }

    int seeded() {
        return seeded;
    }

    /** What the scenario must deliver of {@link #seeded()}. */
    int delivers() {
        return delivers;
    }

    /** Whether segments it does not deliver are counted as dropped by the quota (S-C only). */
    boolean dropsByQuota() {
        return delivers < seeded;
    }

    /** Its delivery in the evidence. */
    Val23Report.Delivery delivery(Val23Report r) {
        Val23Report.Scenarios s = r.scenarios();
        return switch (this) {
            case SA -> s.saUnlimited().delivery();
            case SB -> s.sbRateOnly().delivery();
            case SC -> s.scQuotaOnly().delivery();
            case SD -> s.sdHotReload();
        };
    }

    /** The keys of {@code /scenarios} the seed names (S-E is {@code /se_daily_reset}). */
    static List<String> keys() {
        return java.util.Arrays.stream(values()).map(BandwidthScenario::key).toList();
    }
}

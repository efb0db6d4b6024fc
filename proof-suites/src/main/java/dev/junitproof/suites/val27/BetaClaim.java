package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Outcomes;

import java.util.List;

/**
 * A relay claim the seed marks BETA (§3): it holds with a known limitation that must be resolved before the GA
 * or Public Production claim. Only the soak claim can be resolved by evidence VAL27 reads (Gate D passing).
 */
public record BetaClaim(String claim, String slice, String reason, String resolution) {

    public static final String MARK = "★ BETA";

    public static final BetaClaim THROUGHPUT = new BetaClaim("Throughput figures (VAL20)", "VAL20",
            "Single-host local runs; production hardware differs",
            "Rerun on production-representative hardware; set hard thresholds");
    public static final BetaClaim DAILY_RESET = new BetaClaim("Bandwidth daily reset (VAL23 S-E)", "VAL23",
            "Validated by injected-clock unit test only",
            "Run a live 24-hour lab OR accept unit-test coverage as approved exception");
    public static final BetaClaim IMPAIRMENT_THROUGHPUT = new BetaClaim("Impairment throughput (VAL19)", "VAL19",
            "Informational proxy stats; no hard threshold",
            "Define and measure SLA-grade throughput targets under impairment");
    public static final BetaClaim SOAK = new BetaClaim("Relay 30-day soak (VAL24)", "VAL24",
            "Beta only until Gate D passes", "Run and complete VAL24 soak");

    /** In the seed's table order. */
    public static final List<BetaClaim> ALL = List.of(THROUGHPUT, DAILY_RESET, IMPAIRMENT_THROUGHPUT, SOAK);

    /** Whether the evidence resolves the claim: only the soak's, and only when VAL27-SOAK passed. */
    public boolean resolvedBy(Outcomes outcomes) {
        return equals(SOAK) && outcomes.passed(SoakCheck.ID);
    }
}

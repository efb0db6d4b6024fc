package dev.junitproof.suites.val26;

/** Alerting thresholds for write_lag: as the lab reported them, or as derived with the seed's formulas. */
record Thresholds(double healthyMs, double degradedMs, double alertMs) {

    /**
     * The seed's derivation (§3, VAL14): observed_p95 = max(idle_p95, light_p95); healthy = max(observed_p95 × 3 +
     * 1, 10); degraded = max(healthy × 10, 100); alert = max(healthy × 50, 500). Derived, not workplan targets.
     */
    static Thresholds derive(double idleP95Ms, double lightP95Ms) {
        double observed = Math.max(idleP95Ms, lightP95Ms);
        double healthy = Math.max(observed * 3 + 1, 10);
        return new Thresholds(healthy, Math.max(healthy * 10, 100), Math.max(healthy * 50, 500));
    }

    /** Same thresholds within rounding of a reported figure. */
    boolean agreesWith(Thresholds other) {
        return Math.abs(healthyMs - other.healthyMs) <= 0.5 && Math.abs(degradedMs - other.degradedMs) <= 0.5
                && Math.abs(alertMs - other.alertMs) <= 0.5;
    }
}

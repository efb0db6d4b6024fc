package dev.junitproof.suites.val26;

/** VAL14 slice-specific fields: write_lag distribution, workloads, and the thresholds the lab derived. */
record Val14Report(Lag lag, Workload workload, Thresholds thresholds) {

    /** {@code lag {idle_p95_ms, light_p95_ms, light_drain_ms, heavy_p99_ms, heavy_drain_ms}}. */
    record Lag(double idleP95Ms, double lightP95Ms, double lightDrainMs, double heavyP99Ms, double heavyDrainMs) {
    }

    /** {@code workload {light {rows, bytes}, heavy {rows, bytes}}}. */
    record Workload(Load light, Load heavy) {
    }

    /** Rows written and bytes per row. */
    record Load(long rows, long bytes) {
    }
}

package dev.junitproof.suites.val26;

import java.util.List;

/** VAL13 slice-specific fields: failover timings and row counts across the failover. */
record Val13Report(Failover failover, Method method) {

    /** {@code failover {sigterm_ms, sigkill_ms, rapid_ms[3], rows_before, rows_after, data_loss_rows}}. */
    record Failover(double sigtermMs, double sigkillMs, List<Double> rapidMs, long rowsBefore, long rowsAfter,
            long dataLossRows) {
    }

    /** {@code method {poll_interval_ms}}: how failover completion was observed. */
    record Method(double pollIntervalMs) {
    }
}

package dev.junitproof.suites.val26;

import java.util.List;

/** VAL13 slice-specific fields: failover timings and row counts across the failover. */
record Val13Report(Failover failover, Method method) {

    /** {@code failover {sigterm_ms, sigkill_ms, rapid_ms[3], rows_before, rows_after, data_loss_rows}}. */
    record Failover(double sigtermMs, double sigkillMs, List<Double> rapidMs, long rowsBefore, long rowsAfter,
            long dataLossRows) {

        /**
         * Zero data loss as the raw counts show it, not only as {@code data_loss_rows} claims: no row reported lost,
         * every row still there, and rows there to lose in the first place (a failover over an empty table proves
         * nothing about data loss).
         */
        boolean zeroDataLoss() {
            return dataLossRows == 0 && rowsAfter == rowsBefore && rowsBefore > 0;
        }
    }

    /** {@code method {poll_interval_ms}}: how failover completion was observed. */
    record Method(double pollIntervalMs) {
    }
}

package dev.junitproof.suites.val26;

import java.util.Map;
import java.util.TreeMap;

/** VAL15 slice-specific fields: backup/restore timings, checksums, row counts per table, payload spot check. */
record Val15Report(Backup backup) {

    /** {@code backup {backup_ms, restore_ms, sha256_cli, sha256_file, rows_before, rows_after, payload_spot_match}}. */
    record Backup(double backupMs, double restoreMs, String sha256Cli, String sha256File, Map<String, Long> rowsBefore,
            Map<String, Long> rowsAfter, boolean payloadSpotMatch) {

        boolean checksumsMatch() {
            return sha256Cli.equalsIgnoreCase(sha256File) && !sha256Cli.isBlank();
        }

        /** Tables whose row count differs before and after the restore (a table on one side only counts too). */
        Map<String, String> rowCountDifferences() {
            Map<String, String> differences = new TreeMap<>();
            java.util.Set<String> tables = new java.util.TreeSet<>(rowsBefore.keySet());
            tables.addAll(rowsAfter.keySet());
            for (String table : tables) {
                Long before = rowsBefore.get(table);
                Long after = rowsAfter.get(table);
                if (before == null || !before.equals(after)) {
                    differences.put(table, before + " -> " + after);
                }
            }
            return differences;
        }
    }
}

package dev.junitproof.suites.val26;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** VAL15 slice-specific fields: backup/restore timings, checksums, row counts per table, payload spot check. */
record Val15Report(Backup backup) {

    /** A SHA-256 digest as the CLI and sha256sum print it: 64 hex digits. */
    static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    /** {@code backup {backup_ms, restore_ms, sha256_cli, sha256_file, rows_before, rows_after, payload_spot_match}}. */
    record Backup(double backupMs, double restoreMs, String sha256Cli, String sha256File, Map<String, Long> rowsBefore,
            Map<String, Long> rowsAfter, boolean payloadSpotMatch) {

        /**
         * Why the checksum does not prove integrity, or empty when it does. Two equal empty (or placeholder)
         * strings are not a checksum match: both sides must be real SHA-256 digests.
         */
        Optional<String> checksumProblem() {
            if (!SHA256.matcher(sha256Cli).matches()) {
                return Optional.of("sha256_cli \"" + sha256Cli + "\" is not a SHA-256 digest (64 hex digits)");
            }
            if (!SHA256.matcher(sha256File).matches()) {
                return Optional.of("sha256_file \"" + sha256File + "\" is not a SHA-256 digest (64 hex digits)");
            }
            if (!sha256Cli.equalsIgnoreCase(sha256File)) {
                return Optional.of("CLI checksum " + sha256Cli + " != file hash " + sha256File);
            }
            return Optional.empty();
        }

        boolean checksumsMatch() {
            return checksumProblem().isEmpty();
        }

        /** Every table counted on either side, sorted. */
        Set<String> tables() {
            Set<String> tables = new TreeSet<>(rowsBefore.keySet());
            tables.addAll(rowsAfter.keySet());
            return tables;
        }

        /** Tables whose row count differs before and after the restore (a table on one side only counts too). */
        Map<String, String> rowCountDifferences() {
            Map<String, String> differences = new TreeMap<>();
            for (String table : tables()) {
                Long before = rowsBefore.get(table);
                Long after = rowsAfter.get(table);
                if (before == null || !before.equals(after)) {
                    differences.put(table, before + " -> " + after);
                }
            }
            return differences;
        }

        /**
         * Restore correctness as the raw figures show it: row counts recorded for at least one table (no tables
         * compared is no evidence), every table's count unchanged, and the payload spot-values matching.
         */
        boolean restoreCorrect() {
            return !rowsBefore.isEmpty() && rowCountDifferences().isEmpty() && payloadSpotMatch;
        }
    }
}

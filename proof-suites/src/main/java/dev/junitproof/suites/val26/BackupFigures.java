package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.List;
import java.util.Map;

/**
 * VAL15's figures (§3), one check each: backup and restore durations, the SHA-256 integrity criterion and restore
 * correctness. The row-count maps are judged whole: every table on either side is compared, and a table on one side
 * only is a difference (the seed names no tables, so none is left out).
 */
final class BackupFigures {

    static final String BACKUP = "VAL15-backup";
    static final String RESTORE = "VAL15-restore";
    static final String CHECKSUM = "VAL15-checksum";
    static final String RESTORE_CORRECTNESS = "VAL15-restore-correctness";

    static final List<String> IDS = List.of(BACKUP, RESTORE, CHECKSUM, RESTORE_CORRECTNESS);

    private static final String FILE = HaSlices.VAL15.file();

    private final HaEvidence evidence;
    private final HaFigureChecks shapes;

    BackupFigures(HaEvidence evidence) {
        this.evidence = evidence;
        this.shapes = new HaFigureChecks(evidence);
    }

    List<CheckSpec> checks() {
        return List.of(
                shapes.timing(BACKUP, "backup_ms", HaSlices.VAL15, HaEvidence::val15, "/backup/backup_ms",
                        r -> r.backup().backupMs(), HaTargets.BACKUP),
                shapes.timing(RESTORE, "restore_ms", HaSlices.VAL15, HaEvidence::val15, "/backup/restore_ms",
                        r -> r.backup().restoreMs(), HaTargets.RESTORE),
                checksum(), restoreCorrectness());
    }

    /** Two equal real SHA-256 digests: equal empty or placeholder strings are no checksum match. */
    private CheckSpec checksum() {
        SourceRef source = SourceRef.of(FILE, "/backup/sha256_cli");
        return new CheckSpec(CHECKSUM, "SHA-256 checksum: CLI == file hash", source, check -> {
            check.source(source).target("sha256_cli == sha256_file, both SHA-256 digests");
            Val15Report.Backup b = shapes.required(evidence.val15(), HaSlices.VAL15, check).backup();
            check.measured(b.checksumsMatch() ? "equal digests" : "no match");
            b.checksumProblem().ifPresent(problem -> {
                check.detail(problem);
                throw new AssertionError(FILE + " /backup/sha256_cli vs /backup/sha256_file: " + problem);
            });
        }).withCriterion("sha256_cli and sha256_file are SHA-256 digests (64 hex digits) and equal, ignoring case");
    }

    private CheckSpec restoreCorrectness() {
        SourceRef source = SourceRef.of(FILE, "/backup/rows_after");
        return new CheckSpec(RESTORE_CORRECTNESS, "restore correctness: row counts + payload spot-values match pre-backup",
                source, check -> {
                    check.source(source).target("every table's row count unchanged (at least one table), payload spot match");
                    Val15Report.Backup b = shapes.required(evidence.val15(), HaSlices.VAL15, check).backup();
                    Map<String, String> differences = b.rowCountDifferences();
                    check.measured(differences.size() + " of " + b.tables().size() + " tables differ, payload spot "
                            + (b.payloadSpotMatch() ? "match" : "mismatch"));
                    if (b.rowsBefore().isEmpty()) {
                        check.detail("no table row counts recorded");
                        throw new AssertionError("tables counted before the backup (" + FILE + " /backup/rows_before): "
                                + "none, so restore correctness is not demonstrated");
                    }
                    if (!differences.isEmpty()) {
                        check.detail("row count differences " + differences);
                        throw new AssertionError("tables whose row count changed across backup/restore (" + FILE
                                + " /backup/rows_before vs /backup/rows_after): " + differences);
                    }
                    if (!b.payloadSpotMatch()) {
                        check.detail("payload_spot_match=false");
                        throw new AssertionError(FILE + " /backup/payload_spot_match = false");
                    }
                }).withCriterion("rows_before is not empty, every table in rows_before or rows_after has the same count "
                + "in both, and payload_spot_match");
    }
}

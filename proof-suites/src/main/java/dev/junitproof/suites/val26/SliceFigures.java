package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each slice's own figures against the seed's targets and mandatory criteria (§3, and §1 for split-brain). A
 * slice whose checks all say PASS while its figures break a target contradicts itself; the contract counts such
 * a slice as passed (its checks decide), so this test is where the contradiction shows and fails, and the
 * design-partner level needs it (trust but verify: a lab's PASS never outvotes its own numbers).
 */
final class SliceFigures {

    /** Title of the per-slice test: {@code VAL13-figures figures within the seed's targets}. */
    static final String TITLE = "figures within the seed's targets";

    private SliceFigures() {
    }

    static String checkId(SliceSpec spec) {
        return spec.val() + "-figures";
    }

    /** The figures test of a slice, or empty when its fields could not be read (its report test already fails). */
    static Optional<CheckSpec> check(SliceSpec spec, HaEvidence evidence) {
        return breaches(spec, evidence).map(breaches -> {
            SourceRef source = SourceRef.file(spec.file());
            return new CheckSpec(checkId(spec), TITLE, source, check -> {
                check.source(source).target("every figure within the seed's §3 target")
                        .measured(breaches.isEmpty() ? "all within target" : breaches.size() + " outside target")
                        .detail(breaches.stream().map(FigureBreach::toString).collect(Collectors.joining("; ")));
                assertThat(breaches).as("figures in %s that break the seed's targets", spec.file()).isEmpty();
            }).withCriterion("every figure of " + spec.file() + " within the seed's target, whatever its checks claim");
        });
    }

    /** The breaches of one slice; empty when its typed fields are absent. */
    static Optional<List<FigureBreach>> breaches(SliceSpec spec, HaEvidence evidence) {
        return switch (spec.val()) {
            case "VAL13" -> evidence.val13().map(SliceFigures::val13);
            case "VAL14" -> evidence.val14().map(SliceFigures::val14);
            case "VAL15" -> evidence.val15().map(SliceFigures::val15);
            case "VAL16" -> evidence.val16().map(SliceFigures::val16);
            case "VAL17" -> evidence.val17().map(SliceFigures::val17);
            default -> Optional.empty();
        };
    }

    static List<FigureBreach> val13(Val13Report report) {
        Val13Report.Failover f = report.failover();
        List<FigureBreach> out = new ArrayList<>();
        atMost(out, "/failover/sigterm_ms", f.sigtermMs(), HaMatrix.FAILOVER_TARGET_MS, "5,000");
        atMost(out, "/failover/sigkill_ms", f.sigkillMs(), HaMatrix.FAILOVER_TARGET_MS, "5,000");
        for (int i = 0; i < f.rapidMs().size(); i++) {
            atMost(out, "/failover/rapid_ms/" + i, f.rapidMs().get(i), HaMatrix.FAILOVER_TARGET_MS, "5,000");
        }
        if (f.dataLossRows() != 0) {
            out.add(new FigureBreach("/failover/data_loss_rows", String.valueOf(f.dataLossRows()), "= 0"));
        }
        if (f.rowsAfter() != f.rowsBefore()) {
            out.add(new FigureBreach("/failover/rows_after", String.valueOf(f.rowsAfter()),
                    "= /failover/rows_before " + f.rowsBefore()));
        }
        if (f.rowsBefore() <= 0) {
            out.add(new FigureBreach("/failover/rows_before", String.valueOf(f.rowsBefore()), "> 0 rows to lose"));
        }
        return out;
    }

    static List<FigureBreach> val14(Val14Report report) {
        List<FigureBreach> out = new ArrayList<>();
        atMost(out, "/lag/light_drain_ms", report.lag().lightDrainMs(), 2_000, "2,000");
        atMost(out, "/lag/heavy_drain_ms", report.lag().heavyDrainMs(), 5_000, "5,000");
        return out;
    }

    static List<FigureBreach> val15(Val15Report report) {
        Val15Report.Backup b = report.backup();
        List<FigureBreach> out = new ArrayList<>();
        atMost(out, "/backup/backup_ms", b.backupMs(), 30_000, "30,000");
        atMost(out, "/backup/restore_ms", b.restoreMs(), 60_000, "60,000");
        b.checksumProblem().ifPresent(p -> out.add(new FigureBreach("/backup/sha256_cli", p, "== /backup/sha256_file")));
        if (b.rowsBefore().isEmpty()) {
            out.add(new FigureBreach("/backup/rows_before", "{}", "row counts of at least one table"));
        }
        b.rowCountDifferences().forEach((table, change) ->
                out.add(new FigureBreach("/backup/rows_after/" + table, change, "= /backup/rows_before/" + table)));
        isTrue(out, "/backup/payload_spot_match", b.payloadSpotMatch());
        return out;
    }

    static List<FigureBreach> val16(Val16Report report) {
        Val16Report.SplitBrain s = report.splitBrain();
        List<FigureBreach> out = new ArrayList<>();
        isTrue(out, "/split_brain/epoch_divergence_detected", s.epochDivergenceDetected());
        isTrue(out, "/split_brain/metadata_injection_recovered", s.metadataInjectionRecovered());
        isTrue(out, "/split_brain/user_data_intact", s.userDataIntact());
        return out;
    }

    static List<FigureBreach> val17(Val17Report report) {
        Val17Report.Quorum q = report.quorum();
        List<FigureBreach> out = new ArrayList<>();
        atMost(out, "/quorum/loss_detection_ms", q.lossDetectionMs(), HaMatrix.QUORUM_DETECTION_TARGET_MS, "30,000");
        atMost(out, "/quorum/recovery_ms", q.recoveryMs(), 30_000, "30,000");
        isTrue(out, "/quorum/write_block_active", q.writeBlockActive());
        if (q.canAcceptProtectedWrites()) {
            out.add(new FigureBreach("/quorum/can_accept_protected_writes", "true", "= false during the loss"));
        }
        return out;
    }

    private static void atMost(List<FigureBreach> out, String pointer, double ms, double target, String targetText) {
        if (ms > target) {
            out.add(new FigureBreach(pointer, HaFormat.ms(ms) + " ms", "<= " + targetText + " ms"));
        }
    }

    private static void isTrue(List<FigureBreach> out, String pointer, boolean value) {
        if (!value) {
            out.add(new FigureBreach(pointer, "false", "= true"));
        }
    }
}

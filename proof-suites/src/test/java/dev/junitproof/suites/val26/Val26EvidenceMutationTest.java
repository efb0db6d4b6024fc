package dev.junitproof.suites.val26;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.suites.slices.SliceMutations;
import dev.junitproof.testing.mutation.EvidenceMutator;
import dev.junitproof.testing.mutation.EvidenceSet;
import dev.junitproof.testing.mutation.Mutation.Expect;
import dev.junitproof.testing.mutation.Mutation;
import dev.junitproof.testing.mutation.MutationReport;
import dev.junitproof.testing.mutation.MutationRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.junitproof.suites.slices.SliceMutations.edit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence mutation testing of VAL26 over {@link HaFixture}'s evidence: every field of VAL13–VAL17 removed, retyped,
 * changed and moved past its target and onto it, every array's entries duplicated, appended, removed and swapped,
 * plus the mutations only this suite can state. Each must change some check's status, a level or the verdict (or,
 * where it must not, change nothing), unless the field is declared informational in {@link HaInformationalFields}.
 */
class Val26EvidenceMutationTest {

    private static final String UNIT = HaFixture.UNIT;
    private static final String VAL13 = UNIT + "/val13-report.json";
    private static final String VAL14 = UNIT + "/val14-report.json";
    private static final String VAL15 = UNIT + "/val15-report.json";
    private static final String VAL17 = UNIT + "/val17-report.json";

    @TempDir
    Path tmp;

    @Test
    void everyMutationOfAJudgedFieldChangesAnOutcome() {
        HaFixture.passing().writeTo(tmp.resolve("fixture"));
        EvidenceSet baseline = EvidenceSet.read(tmp.resolve("fixture"));
        List<Mutation> generated = EvidenceMutator.of(baseline)
                .target("/failover/sigterm_ms", HaTargets.FAILOVER)
                .target("/failover/sigkill_ms", HaTargets.FAILOVER)
                .target("/failover/rapid_ms/*", HaTargets.FAILOVER)
                .target("/failover/data_loss_rows", HaTargets.DATA_LOSS)
                .target("/lag/light_drain_ms", HaTargets.LIGHT_DRAIN)
                .target("/lag/heavy_drain_ms", HaTargets.HEAVY_DRAIN)
                .target("/backup/backup_ms", HaTargets.BACKUP)
                .target("/backup/restore_ms", HaTargets.RESTORE)
                .target("/quorum/loss_detection_ms", HaTargets.QUORUM_DETECTION)
                .target("/quorum/recovery_ms", HaTargets.QUORUM_RECOVERY)
                .mutations();
        // The check lists' order is not part of the contract, nor the rapid cycles' ("all <= 5,000 ms").
        List<Mutation> mutations = new ArrayList<>(SliceMutations.orderFree(generated,
                p -> p.equals("/checks") || p.equals("/failover/rapid_ms")));
        mutations.addAll(SliceMutations.envelope(baseline, HaSlices.ALL.stream().map(s -> UNIT + "/" + s.file()).toList(),
                FailoverFigures.SIGTERM));
        mutations.addAll(custom());

        MutationReport report = MutationRun.of(new Val26Suite(), UNIT).run(tmp.resolve("work"), baseline, mutations);

        System.out.println(report.summary());
        assertThat(report.failures()).as(report.failureText()).isEmpty();
        assertThat(report.count(MutationReport.Verdict.KILLED)).isGreaterThan(500);
    }

    /** The mutations only VAL26 can state, by issue #15's classes. */
    private static List<Mutation> custom() {
        return List.of(
                // Class 2: the lab's checks all say PASS while its own figures miss the seed's targets.
                edit(VAL13, "/failover/sigkill_ms", "SIGKILL failover 6,000 ms, every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("failover")).put("sigkill_ms", 6000)),
                edit(VAL13, "/failover/rows_after", "a row lost while data_loss_rows says 0, every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("failover")).put("rows_after", 1199)),
                edit(VAL13, "/failover", "a failover over an empty table (nothing to lose, nothing shown)", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("failover")).put("rows_before", 0).put("rows_after", 0)),
                edit(VAL17, "/quorum", "protected writes accepted during the loss, every check PASS", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("quorum")).put("can_accept_protected_writes", true)),
                edit(VAL15, "/backup", "two equal empty checksums (no digest at all)", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.path("backup")).put("sha256_cli", "").put("sha256_file", "")),
                edit(VAL15, "/backup", "checksums differing only in case (the same digest)", Expect.SAME,
                        tree -> ((ObjectNode) tree.path("backup")).put("sha256_file",
                                tree.at("/backup/sha256_file").asText().toUpperCase())),
                // Good figures do not outvote the lab's own criterion check either.
                edit(VAL13, "/checks/3/result", "VAL13-04 recorded FAIL with zero data loss in the figures", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.at("/checks/3")).put("result", "FAIL")),
                // Class 3: the row-count maps are judged whole; a table the seed does not name is compared too.
                edit(VAL15, "/backup/rows_after", "a table counted after the restore only", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.at("/backup/rows_after")).put("sessions", 7)),
                edit(VAL15, "/backup/rows_before", "a table counted before the backup only", Expect.CHANGE,
                        tree -> ((ObjectNode) tree.at("/backup/rows_before")).put("sessions", 7)),
                edit(VAL15, "/backup", "a further table with equal counts on both sides (harmless)", Expect.SAME, tree -> {
                    ((ObjectNode) tree.at("/backup/rows_before")).put("sessions", 7);
                    ((ObjectNode) tree.at("/backup/rows_after")).put("sessions", 7);
                }),
                edit(VAL13, "/failover/rapid_ms", "a fourth rapid cycle (the seed's three)", Expect.CHANGE,
                        tree -> ((com.fasterxml.jackson.databind.node.ArrayNode) tree.at("/failover/rapid_ms")).add(300)),
                // Derived, not targets: the lab's thresholds may disagree with the derivation, and nothing changes.
                edit(VAL14, "", "the lab's alert threshold disagreeing with the derived one (informational)", Expect.SAME,
                        tree -> ((ObjectNode) tree.path("thresholds")).put("alert_ms", 750)),
                edit(VAL14, "", "a lag high enough to move every derived threshold (still no target)", Expect.SAME,
                        tree -> ((ObjectNode) tree.path("lag")).put("light_p95_ms", 40)));
    }
}

package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-sign runbook's 20 items, {@code M4-RB-01}..{@code M4-RB-20}, in the seed's order. A blank status is
 * PENDING (not yet run). Items 6–10 ask what the shadow run's own files show, so a PASS the operator recorded
 * there is checked against the log and golden files: a PASS they do not support fails, naming both.
 */
final class RunbookChecks {

    static final List<String> IDS = RunbookItem.SEED.stream().map(RunbookItem::checkId).toList();

    private final M4Evidence evidence;

    RunbookChecks(M4Evidence evidence) {
        this.evidence = evidence;
    }

    CheckGroup group() {
        List<CheckSpec> checks = new ArrayList<>();
        for (RunbookItem item : RunbookItem.SEED) {
            checks.add(new CheckSpec(item.checkId(), item.check() + ": " + expected(item), SourceRef.of(M4Files.RUNBOOK, "/items"),
                    check -> verify(item, check))
                    .withCriterion("runbook.json item " + item.n() + " recorded PASS"
                            + (item.verifiedFromShadow() ? ", and the shadow run's files agree" : "")));
        }
        return CheckGroup.of("runbook", "Self-Sign Runbook Checklist", SourceRef.file(M4Files.RUNBOOK), checks);
    }

    /** The item's expected value, with the thresholds in force for items 7 and 10. */
    String expected(RunbookItem item) {
        return switch (item.n()) {
            case 7 -> evidence.thresholds().cyclesTarget();
            case 10 -> evidence.thresholds().goldenTarget();
            default -> item.expected().replace("`", "");
        };
    }

    private void verify(RunbookItem seed, CheckContext check) {
        RunbookReport runbook = Required.present(evidence.runbook(), check);
        List<Integer> found = runbook.indexesOf(seed.n());
        check.source(SourceRef.of(M4Files.RUNBOOK, "/items")).target(expected(seed));
        if (found.isEmpty()) {
            check.measured("absent").detail("runbook.json has no item " + seed.n());
            throw new AssertionError(M4Files.RUNBOOK + " /items has no item n=" + seed.n() + " (" + seed.check() + ")");
        }
        assertThat(found).as("entries with n=%d in %s /items", seed.n(), M4Files.RUNBOOK).hasSize(1);
        String at = "/items/" + found.get(0);
        RunbookReport.Item item = runbook.items().get(found.get(0));
        check.source(SourceRef.of(M4Files.RUNBOOK, at + "/status")).measured(item.actual())
                .detail(item.status().isEmpty() ? "not yet run" : item.status() + (item.actual().isEmpty() ? "" : ": " + item.actual()));
        assertThat(item.check().strip()).as("%s %s/check: the seed's item %d is \"%s\"", M4Files.RUNBOOK, at, seed.n(), seed.check())
                .isEqualToIgnoringCase(seed.check());
        if (item.status().isEmpty()) {
            check.pending("not yet run: blank status in " + M4Files.RUNBOOK + " " + at + "/status");
        }
        assertThat(item.status()).as("%s item %d \"%s\" (%s %s/status, actual \"%s\", expected %s)", M4Files.RUNBOOK,
                seed.n(), seed.check(), M4Files.RUNBOOK, at, item.actual(), expected(seed)).isEqualTo("PASS");
        if (seed.verifiedFromShadow()) {
            shadowAgrees(seed, item, check);
        }
    }

    /** Items 6–10, recorded PASS: what the shadow run's files show must support it. */
    private void shadowAgrees(RunbookItem seed, RunbookReport.Item item, CheckContext check) {
        Optional<ShadowRun> run = evidence.shadowRun();
        String recorded = "runbook.json records PASS for item " + seed.n() + " (actual \"" + item.actual() + "\")";
        if (run.isEmpty()) {
            throw new AssertionError(recorded + " but the shadow run cannot be read: "
                    + (evidence.shadow().isPresent() ? evidence.log().missingDetail() : evidence.shadow().missingDetail()));
        }
        ShadowLog log = run.get().log();
        Thresholds t = evidence.thresholds();
        switch (seed.n()) {
            case 6 -> assertThat(log.hasCompletionLine())
                    .as("%s but %s has no \"Shadow simulation complete\" line", recorded, M4Files.SHADOW_LOG).isTrue();
            case 7 -> assertThat(log.cyclesStarted())
                    .as("%s but %s has %d \"Running cycle\" lines (target %s)", recorded, M4Files.SHADOW_LOG,
                            log.cyclesStarted(), t.cyclesTarget())
                    .isGreaterThanOrEqualTo(t.minCycles());
            case 8 -> assertThat(log.zeroMismatchCycles())
                    .as("%s but %s has %d \", 0 mismatches\" lines for %d cycles", recorded, M4Files.SHADOW_LOG,
                            log.zeroMismatchCycles(), log.cyclesStarted())
                    .isEqualTo(log.cyclesStarted());
            case 9 -> assertThat(log.mismatchingCount())
                    .as("%s but %s has %d cycles with mismatches", recorded, M4Files.SHADOW_LOG, log.mismatchingCount())
                    .isZero();
            case 10 -> assertThat(run.get().golden().count())
                    .as("%s but %s/ holds %d golden files (target %s)", recorded, GoldenFiles.DIRECTORY,
                            run.get().golden().count(), t.goldenTarget())
                    .isGreaterThanOrEqualTo(t.minGoldenFiles());
            default -> throw new IllegalStateException("item " + seed.n() + " is not read from the shadow run");
        }
    }

    /** The recomputed "Actual" of items 6–10 for the report, from the shadow run's own files. */
    Optional<String> recomputedActual(RunbookItem seed) {
        Optional<ShadowRun> run = evidence.shadowRun();
        if (!seed.verifiedFromShadow() || run.isEmpty()) {
            return Optional.empty();
        }
        ShadowLog log = run.get().log();
        return Optional.of(switch (seed.n()) {
            case 6 -> log.hasCompletionLine() ? "Found" : "Not found";
            case 7 -> String.valueOf(log.cyclesStarted());
            case 8 -> String.valueOf(log.zeroMismatchCycles());
            case 9 -> String.valueOf(log.mismatchingCount());
            default -> String.valueOf(run.get().golden().count());
        });
    }
}

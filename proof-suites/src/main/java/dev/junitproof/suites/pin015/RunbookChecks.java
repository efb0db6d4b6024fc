package dev.junitproof.suites.pin015;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-sign runbook's 20 items, {@code M4-RB-01}..{@code M4-RB-20}, in the seed's order, and
 * {@code M4-RB-ITEMS}, the item list judged whole (an item the seed does not name, an item twice, or the items
 * out of the seed's order fail it, naming the entry). A blank status is PENDING (not yet run).
 *
 * <p>A PASS stands only with what the seed asks beside it: the lab's Expected must be the seed's (a changed
 * criterion is another check), the Actual must be recorded and show what the Expected says ({@link RunbookItem.Actual}),
 * and items 6–10, which ask what the shadow run's own files show, are checked against the log and golden files:
 * a PASS or an Actual they do not support fails, naming both.
 */
final class RunbookChecks {

    static final String ITEMS = "M4-RB-ITEMS";
    /** The 20 items' checks, in the seed's order. */
    static final List<String> ITEM_IDS = RunbookItem.SEED.stream().map(RunbookItem::checkId).toList();
    /** Gate M4-08: the 20 items and the list judged whole. */
    static final List<String> IDS = concat(ITEM_IDS, ITEMS);

    private static List<String> concat(List<String> ids, String more) {
        List<String> all = new ArrayList<>(ids);
        all.add(more);
        return List.copyOf(all);
    }

    private final M4Evidence evidence;

    RunbookChecks(M4Evidence evidence) {
        this.evidence = evidence;
    }

    CheckGroup group() {
        List<CheckSpec> checks = new ArrayList<>();
        for (RunbookItem item : RunbookItem.SEED) {
            checks.add(new CheckSpec(item.checkId(), item.check() + ": " + expected(item), SourceRef.of(M4Files.RUNBOOK, "/items"),
                    check -> verify(item, check))
                    .withCriterion("runbook.json item " + item.n() + " recorded PASS with the seed's Expected and an Actual "
                            + "that shows it" + (item.verifiedFromShadow() ? ", and the shadow run's files agree" : "")));
        }
        checks.add(new CheckSpec(ITEMS, "Runbook items: exactly the seed's " + RunbookItem.SEED.size() + ", each once, in order",
                SourceRef.of(M4Files.RUNBOOK, "/items"), this::whole)
                .withCriterion("runbook.json /items holds items n=1..20, each once, in the seed's order, and nothing else"));
        return CheckGroup.of("runbook", "Self-Sign Runbook Checklist", SourceRef.file(M4Files.RUNBOOK), checks);
    }

    /** The item's expected value, with the targets in force for items 7 and 10. */
    String expected(RunbookItem item) {
        return switch (item.n()) {
            case 7 -> M4Targets.runbookText(evidence.targets().cycles());
            case 10 -> M4Targets.runbookText(evidence.targets().goldenFiles());
            default -> item.expectedText();
        };
    }

    private void whole(CheckContext check) {
        SourceRef source = SourceRef.of(M4Files.RUNBOOK, "/items");
        check.source(source).target("items 1..20, each once, in order");
        RunbookReport runbook = Required.present(evidence.runbook(), check);
        List<String> keys = runbook.items().stream().map(i -> String.valueOf(i.n())).toList();
        List<String> shown = runbook.items().stream()
                .map(i -> "n=" + i.n() + " \"" + i.check() + "\" status \"" + i.status() + "\"").toList();
        List<String> seed = RunbookItem.SEED.stream().map(i -> String.valueOf(i.n())).toList();
        SeedEntries judged = SeedEntries.judge(M4Files.RUNBOOK + " /items", keys, shown, seed,
                RunbookItem.SEED.stream().map(i -> i.n() + " " + i.check()).toList(), "items",
                SeedEntries.Extras.FAIL, SeedEntries.Order.SEED);
        check.measured(runbook.items().size() + " entries").detail(runbook.items().size() + " items recorded");
        PhaseChecks.fail(judged);
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
        // The lab's Expected is a second statement of the criterion: it must be the seed's, or the PASS is another check's.
        assertThat(RunbookItem.normalized(item.expected()))
                .as("%s %s/expected \"%s\": the seed's item %d expects \"%s\"", M4Files.RUNBOOK, at, item.expected(),
                        seed.n(), seed.expectedText())
                .isEqualTo(RunbookItem.normalized(seed.expectedText()));
        if (item.status().isEmpty()) {
            check.pending("not yet run: blank status in " + M4Files.RUNBOOK + " " + at + "/status");
        }
        assertThat(item.status()).as("%s item %d \"%s\" (%s %s/status, actual \"%s\", expected %s)", M4Files.RUNBOOK,
                seed.n(), seed.check(), M4Files.RUNBOOK, at, item.actual(), expected(seed)).isEqualTo("PASS");
        if (seed.verifiedFromShadow()) {
            shadowAgrees(seed, item, check);
        }
        actualShows(seed, item, at, check);
    }

    /** A PASS recorded with an Actual that contradicts it (or none) does not stand. */
    private void actualShows(RunbookItem seed, RunbookReport.Item item, String at, CheckContext check) {
        String actual = item.actual().strip();
        String where = M4Files.RUNBOOK + " " + at + "/actual";
        String recorded = "item " + seed.n() + " \"" + seed.check() + "\" recorded PASS";
        if (actual.isEmpty()) {
            throw new AssertionError(recorded + " without its actual result (" + where + " blank): "
                    + "the seed says \"Record actual results\"");
        }
        switch (seed.actual()) {
            case LITERAL -> assertThat(RunbookItem.normalized(actual))
                    .as("%s but %s is \"%s\", not the expected \"%s\"", recorded, where, actual, seed.expectedText())
                    .isEqualTo(RunbookItem.normalized(seed.expectedText()));
            case SHADOW -> recomputedActual(seed).ifPresent(recomputed ->
                    assertThat(RunbookItem.normalized(actual.replace(",", "")))
                            .as("%s with actual \"%s\" (%s) but the shadow run's files show %s", recorded, actual, where, recomputed)
                            .isEqualTo(RunbookItem.normalized(recomputed)));
            case RULE_GROUPS -> {
                Optional<Long> groups = wholeNumber(actual);
                if (groups.isEmpty()) {
                    throw new AssertionError(recorded + " but " + where + " \"" + actual + "\" is not a number of rule groups");
                }
                check.meets("rule groups (" + recorded + ")", M4Targets.counted(groups.get()), M4Targets.RULE_GROUPS,
                        SourceRef.of(M4Files.RUNBOOK, at + "/actual"));
            }
            case NUMBER -> assertThat(wholeNumber(actual))
                    .as("%s but %s \"%s\" is not the number the seed expects", recorded, where, actual).isPresent();
            case COUNT_OR_NA -> assertThat(wholeNumber(actual).isPresent()
                    || RunbookItem.normalized(actual).equals("n/a") || RunbookItem.normalized(actual).equals("table check"))
                    .as("%s but %s \"%s\" is neither a count nor N/A", recorded, where, actual).isTrue();
            case FREE -> { }
        }
    }

    private static Optional<Long> wholeNumber(String text) {
        String digits = text.strip().replace(",", "");
        if (!digits.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
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
        M4Targets t = evidence.targets();
        switch (seed.n()) {
            case 6 -> assertThat(log.hasCompletionLine())
                    .as("%s but %s has no \"Shadow simulation complete\" line", recorded, M4Files.SHADOW_LOG).isTrue();
            case 7 -> {
                Measurement cycles = M4Targets.counted(log.cyclesStarted());
                assertThat(t.cycles().accepts(cycles))
                        .as("%s but %s has %d \"Running cycle\" lines (target %s)", recorded, M4Files.SHADOW_LOG,
                                log.cyclesStarted(), M4Targets.runbookText(t.cycles()))
                        .isTrue();
            }
            case 8 -> assertThat(log.zeroMismatchCycles())
                    .as("%s but %s has %d \", 0 mismatches\" lines for %d cycles", recorded, M4Files.SHADOW_LOG,
                            log.zeroMismatchCycles(), log.cyclesStarted())
                    .isEqualTo(log.cyclesStarted());
            case 9 -> assertThat(M4Targets.SHADOW_MISMATCHES.accepts(M4Targets.counted(log.mismatchingCount())))
                    .as("%s but %s has %d cycles with mismatches", recorded, M4Files.SHADOW_LOG, log.mismatchingCount())
                    .isTrue();
            case 10 -> assertThat(t.goldenFiles().accepts(M4Targets.counted(run.get().golden().count())))
                    .as("%s but %s/ holds %d golden files (target %s)", recorded, GoldenFiles.DIRECTORY,
                            run.get().golden().count(), M4Targets.runbookText(t.goldenFiles()))
                    .isTrue();
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

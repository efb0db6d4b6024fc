package dev.junitproof.suites.pin015;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.ProofResult;

/**
 * The PIN015-specific fields of the JSON report: thresholds in force (and whether they were lowered), the shadow
 * run as summed from its log, the runbook's 20 items with their proven status, and the sign-off.
 */
final class Pin015JsonSections {

    private final M4Evidence evidence;
    private final ProofResult result;

    Pin015JsonSections(M4Evidence evidence, ProofResult result) {
        this.evidence = evidence;
        this.result = result;
    }

    void addTo(ObjectNode report) {
        M4Targets t = evidence.targets();
        ObjectNode thresholds = report.putObject("thresholds");
        thresholds.put("min_cycles", t.minCycles());
        thresholds.put("min_golden_files", t.minGoldenFiles());
        thresholds.put("lowered", t.lowered());
        thresholds.put("origin", t.origin());
        thresholds.put("seed_min_cycles", M4Targets.SEED_MIN_CYCLES);
        thresholds.put("seed_min_golden_files", M4Targets.SEED_MIN_GOLDEN_FILES);

        evidence.shadowRun().ifPresent(run -> {
            ObjectNode shadow = report.putObject("shadow_run");
            ShadowLog log = run.log();
            shadow.put("run_id", run.parameters().runId());
            shadow.put("state", run.state().name());
            shadow.put("elapsed_s", run.elapsed().toSeconds());
            shadow.put("cycles", log.cyclesStarted());
            shadow.put("cycles_completed", log.cyclesCompleted());
            shadow.put("workflows", log.workflows());
            shadow.put("replays", log.replays());
            shadow.put("mismatches", log.mismatches());
            shadow.put("mismatching_cycles", log.mismatchingCount());
            shadow.put("log_problems", log.problemCount());
            shadow.put("golden_files", run.golden().count());
            shadow.put("golden_files_unreadable", run.golden().failureCount());
        });

        ArrayNode runbook = report.putArray("runbook");
        // Each item's status is its check's outcome; the lab's own status word is not repeated here.
        for (RunbookItem item : RunbookItem.SEED) {
            ObjectNode row = runbook.addObject();
            row.put("n", item.n());
            row.put("id", item.checkId());
            row.put("check", item.check());
            row.put("status", result.outcomes().statusLabel(item.checkId()));
        }
        report.put("checklist_passed", RunbookChecks.ITEM_IDS.stream().filter(result.outcomes()::passed).count());
        report.put("runbook_items_status", result.outcomes().statusLabel(RunbookChecks.ITEMS));

        ObjectNode signoff = report.putObject("signoff");
        signoff.put("present", evidence.signoff().isPresent());
        evidence.signoff().flatMap(l -> l.optional()).ifPresent(s -> {
            signoff.put("owner", s.owner());
            signoff.put("date", s.date());
            signoff.put("certified", s.certified());
        });
    }
}

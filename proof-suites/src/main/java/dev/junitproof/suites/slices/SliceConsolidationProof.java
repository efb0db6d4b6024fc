package dev.junitproof.suites.slices;

import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SuiteProof;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every slice-consolidating proof (VAL25, VAL26) shares: the tree starts with one group per slice (its
 * report, then each check the lab recorded), the coverage table comes from the slices, each row showing the outcome
 * of the suite's check for that slice, and the verdict is whether the suite's design-partner level is met. A suite
 * adds its own groups and report layout.
 */
public abstract class SliceConsolidationProof implements SuiteProof {

    protected final SliceSet slices;

    protected SliceConsolidationProof(SliceSet slices) {
        this.slices = slices;
    }

    /** The matrix check whose outcome is the slice's row in the coverage table (VAL25-01 for VAL07, ...). */
    protected abstract String coverageCheck(SliceSpec slice);

    /** The groups after the slices: the figures, window and verification checks, then the matrix. */
    protected abstract List<PlanNode> suiteGroups();

    @Override
    public final List<PlanNode> plan() {
        List<PlanNode> suite = suiteGroups();
        // A lab may record a check under an id the suite uses itself (VAL07-p99): it is numbered, never a clash.
        Set<String> reserved = new HashSet<>();
        collectIds(suite, reserved);
        List<PlanNode> plan = new ArrayList<>();
        for (SliceEvidence slice : slices.all()) {
            plan.add(SliceChecks.group(slice, reserved));
        }
        plan.addAll(suite);
        return plan;
    }

    private static void collectIds(List<PlanNode> nodes, Set<String> into) {
        for (PlanNode node : nodes) {
            if (node instanceof CheckSpec spec) {
                into.add(spec.id());
            } else if (node instanceof CheckGroup group) {
                collectIds(group.children(), into);
            }
        }
    }

    @Override
    public List<CoverageRow> coverage() {
        List<CoverageRow> rows = new ArrayList<>();
        for (SliceEvidence slice : slices.all()) {
            rows.add(new CoverageRow(slice.spec().val(), slice.spec().name(), coverageCheck(slice.spec()),
                    (int) slice.passedChecks(), slice.spec().expectedChecks(), slice.coverageDetail()));
        }
        return rows;
    }

    /** Pure: {@code ready} exactly when the level {@code levelKey} was met, else {@code notReady}. */
    protected static String verdictOf(List<ReadinessResult> readiness, String levelKey, String ready, String notReady) {
        return readiness.stream().anyMatch(r -> r.level().equals(levelKey) && r.ready()) ? ready : notReady;
    }
}

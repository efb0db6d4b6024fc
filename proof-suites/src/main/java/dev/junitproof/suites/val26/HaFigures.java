package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure the VAL26 seed gives a target or a mandatory value (§3, and §1 for split-brain), one check each, in
 * the group {@code figures}. A slice whose checks all say PASS while a figure breaks its target contradicts itself:
 * the figure's check fails, and "all five slices pass" (the design-partner level, VAL26-10) needs every one.
 */
final class HaFigures {

    static final String GROUP = "figures";

    static final List<String> IDS = ids();

    private HaFigures() {
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>(FailoverFigures.IDS);
        ids.addAll(LagFigures.IDS);
        ids.addAll(BackupFigures.IDS);
        ids.addAll(SplitBrainFigures.IDS);
        ids.addAll(QuorumFigures.IDS);
        return List.copyOf(ids);
    }

    static CheckGroup group(HaEvidence evidence) {
        List<CheckSpec> checks = new ArrayList<>(new FailoverFigures(evidence).checks());
        checks.addAll(new LagFigures(evidence).checks());
        checks.addAll(new BackupFigures(evidence).checks());
        checks.addAll(new SplitBrainFigures(evidence).checks());
        checks.addAll(new QuorumFigures(evidence).checks());
        return CheckGroup.of(GROUP, "Slice figures against the seed's targets", null, checks);
    }
}

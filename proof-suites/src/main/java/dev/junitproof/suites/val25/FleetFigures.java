package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure the VAL25 seed gives a target (§3), one check each, in the group {@code figures}: a slice's own
 * PASS never outvotes its figures, and the design-partner level and VAL25-10 need every one of them.
 */
final class FleetFigures {

    static final String GROUP = "figures";

    /** Every figure check's id, in report order. */
    static final List<String> IDS = ids();

    private FleetFigures() {
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>(LatencyFigures.IDS);
        ids.addAll(ThroughputFigures.IDS);
        ids.addAll(RecoveryFigures.IDS);
        ids.addAll(ChaosFigures.IDS);
        return List.copyOf(ids);
    }

    static CheckGroup group(FleetEvidence evidence) {
        List<CheckSpec> checks = new ArrayList<>(new LatencyFigures(evidence).checks());
        checks.addAll(new ThroughputFigures(evidence).checks());
        checks.addAll(new RecoveryFigures(evidence).checks());
        checks.addAll(new ChaosFigures(evidence).checks());
        return CheckGroup.of(GROUP, "Figures against the seed's targets", null, checks);
    }
}

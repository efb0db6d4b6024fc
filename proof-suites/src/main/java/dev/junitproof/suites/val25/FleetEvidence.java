package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.suites.slices.CoherenceWindow;
import dev.junitproof.suites.slices.SliceSet;

import java.util.Optional;

/**
 * Everything VAL25 read from one {@code cli-audit-lab-YYYY-MM-DD/} directory: the five slices (each PASS, FAIL
 * or MISSING with a detail) and their typed fields where the slice could be read.
 */
record FleetEvidence(
        SliceSet slices,
        Optional<Val07Report> val07,
        Optional<Val08Report> val08,
        Optional<Val09Report> val09,
        Optional<Val10Report> val10,
        Optional<Val11Report> val11) {

    /** The contract's coherence window for one cli-audit-lab run. */
    static final CoherenceWindow WINDOW = new CoherenceWindow(FleetTargets.WINDOW);

    static FleetEvidence read(EvidenceReader reader) {
        SliceSet slices = SliceSet.read(reader, FleetSlices.ALL, WINDOW);
        return new FleetEvidence(slices,
                slices.bind(reader, FleetSlices.VAL07, Val07Report.class),
                slices.bind(reader, FleetSlices.VAL08, Val08Report.class),
                slices.bind(reader, FleetSlices.VAL09, Val09Report.class),
                slices.bind(reader, FleetSlices.VAL10, Val10Report.class),
                slices.bind(reader, FleetSlices.VAL11, Val11Report.class));
    }
}

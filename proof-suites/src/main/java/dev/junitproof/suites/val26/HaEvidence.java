package dev.junitproof.suites.val26;

import dev.junitproof.api.EvidenceReader;
import dev.junitproof.suites.slices.CoherenceWindow;
import dev.junitproof.suites.slices.SliceSet;

import java.time.Duration;
import java.util.Optional;

/** Everything VAL26 read from one cli-audit-lab directory: the five HA slices and their typed fields. */
record HaEvidence(
        SliceSet slices,
        Optional<Val13Report> val13,
        Optional<Val14Report> val14,
        Optional<Val15Report> val15,
        Optional<Val16Report> val16,
        Optional<Val17Report> val17) {

    /** The contract's coherence window, over these five reports only. */
    static final CoherenceWindow WINDOW = new CoherenceWindow(Duration.ofHours(6));

    static HaEvidence read(EvidenceReader reader) {
        SliceSet slices = SliceSet.read(reader, HaSlices.ALL, WINDOW);
        return new HaEvidence(slices,
                slices.bind(reader, HaSlices.VAL13, Val13Report.class),
                slices.bind(reader, HaSlices.VAL14, Val14Report.class),
                slices.bind(reader, HaSlices.VAL15, Val15Report.class),
                slices.bind(reader, HaSlices.VAL16, Val16Report.class),
                slices.bind(reader, HaSlices.VAL17, Val17Report.class));
    }
}

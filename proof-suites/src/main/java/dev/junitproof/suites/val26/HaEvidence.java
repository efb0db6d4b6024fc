package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.suites.slices.CoherenceWindow;
import dev.junitproof.suites.slices.SliceSet;
import dev.junitproof.suites.slices.SliceSpec;

import java.util.List;
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
    static final CoherenceWindow WINDOW = new CoherenceWindow(HaTargets.WINDOW);

    static HaEvidence read(EvidenceReader reader) {
        SliceSet slices = SliceSet.read(reader, HaSlices.ALL, WINDOW);
        return new HaEvidence(slices,
                slices.bind(reader, HaSlices.VAL13, Val13Report.class),
                slices.bind(reader, HaSlices.VAL14, Val14Report.class),
                slices.bind(reader, HaSlices.VAL15, Val15Report.class),
                slices.bind(reader, HaSlices.VAL16, Val16Report.class),
                slices.bind(reader, HaSlices.VAL17, Val17Report.class));
    }

    /**
     * What the lab recorded under a check id: {@code PASS}, {@code FAIL}, {@code SKIP}, {@code absent}, or every
     * record joined ({@code PASS, FAIL}) when the id appears more than once with different results.
     */
    String recordedResults(SliceSpec spec, String id) {
        List<String> results = slices.slice(spec).checks().stream().filter(c -> c.id().equals(id))
                .map(c -> c.result().name()).toList();
        return results.isEmpty() ? "absent"
                : results.stream().distinct().count() == 1 ? results.get(0) : String.join(", ", results);
    }
}

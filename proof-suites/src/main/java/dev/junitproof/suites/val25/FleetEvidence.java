package dev.junitproof.suites.val25;

import dev.junitproof.api.EvidenceReader;
import dev.junitproof.suites.slices.CoherenceWindow;
import dev.junitproof.suites.slices.SliceEvidence;
import dev.junitproof.suites.slices.SliceFields;
import dev.junitproof.suites.slices.SliceReader;
import dev.junitproof.suites.slices.SliceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything VAL25 read from one {@code cli-audit-lab-YYYY-MM-DD/} directory: the five slices (each PASS, FAIL
 * or MISSING with a detail) and their typed fields where the slice could be read.
 */
record FleetEvidence(
        Map<String, SliceEvidence> slices,
        Optional<Val07Report> val07,
        Optional<Val08Report> val08,
        Optional<Val09Report> val09,
        Optional<Val10Report> val10,
        Optional<Val11Report> val11) {

    /** The contract's coherence window for one cli-audit-lab run. */
    static final CoherenceWindow WINDOW = new CoherenceWindow(Duration.ofHours(6));

    static FleetEvidence read(EvidenceReader reader) {
        Map<String, SliceEvidence> slices = new LinkedHashMap<>();
        for (SliceSpec spec : FleetSlices.ALL) {
            slices.put(spec.val(), SliceReader.read(reader, spec));
        }
        Optional<Val07Report> val07 = SliceFields.bind(reader, slices, FleetSlices.VAL07, Val07Report.class);
        Optional<Val08Report> val08 = SliceFields.bind(reader, slices, FleetSlices.VAL08, Val08Report.class);
        Optional<Val09Report> val09 = SliceFields.bind(reader, slices, FleetSlices.VAL09, Val09Report.class);
        Optional<Val10Report> val10 = SliceFields.bind(reader, slices, FleetSlices.VAL10, Val10Report.class);
        Optional<Val11Report> val11 = SliceFields.bind(reader, slices, FleetSlices.VAL11, Val11Report.class);
        return new FleetEvidence(slices, val07, val08, val09, val10, val11);
    }

    SliceEvidence slice(SliceSpec spec) {
        return slices.get(spec.val());
    }

    List<SliceEvidence> all() {
        return List.copyOf(slices.values());
    }

    /** The embedded timestamps of the reports that were found. */
    List<Instant> timestamps() {
        return slices.values().stream().flatMap(s -> s.generatedAt().stream()).map(t -> t.toInstant()).toList();
    }

    boolean windowHolds() {
        return WINDOW.holds(timestamps());
    }

    long found() {
        return slices.values().stream().filter(SliceEvidence::present).count();
    }
}

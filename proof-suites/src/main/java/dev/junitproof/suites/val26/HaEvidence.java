package dev.junitproof.suites.val26;

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

/** Everything VAL26 read from one cli-audit-lab directory: the five HA slices and their typed fields. */
record HaEvidence(
        Map<String, SliceEvidence> slices,
        Optional<Val13Report> val13,
        Optional<Val14Report> val14,
        Optional<Val15Report> val15,
        Optional<Val16Report> val16,
        Optional<Val17Report> val17) {

    /** The contract's coherence window, over these five reports only. */
    static final CoherenceWindow WINDOW = new CoherenceWindow(Duration.ofHours(6));

    static HaEvidence read(EvidenceReader reader) {
        Map<String, SliceEvidence> slices = new LinkedHashMap<>();
        for (SliceSpec spec : HaSlices.ALL) {
            slices.put(spec.val(), SliceReader.read(reader, spec));
        }
        Optional<Val13Report> val13 = SliceFields.bind(reader, slices, HaSlices.VAL13, Val13Report.class);
        Optional<Val14Report> val14 = SliceFields.bind(reader, slices, HaSlices.VAL14, Val14Report.class);
        Optional<Val15Report> val15 = SliceFields.bind(reader, slices, HaSlices.VAL15, Val15Report.class);
        Optional<Val16Report> val16 = SliceFields.bind(reader, slices, HaSlices.VAL16, Val16Report.class);
        Optional<Val17Report> val17 = SliceFields.bind(reader, slices, HaSlices.VAL17, Val17Report.class);
        return new HaEvidence(slices, val13, val14, val15, val16, val17);
    }

    SliceEvidence slice(SliceSpec spec) {
        return slices.get(spec.val());
    }

    List<SliceEvidence> all() {
        return List.copyOf(slices.values());
    }

    List<Instant> timestamps() {
        return slices.values().stream().flatMap(s -> s.generatedAt().stream()).map(t -> t.toInstant()).toList();
    }

    boolean windowHolds() {
        return WINDOW.holds(timestamps());
    }

    /**
     * What the lab recorded under a check id: {@code PASS}, {@code FAIL}, {@code SKIP}, {@code absent}, or every
     * record joined ({@code PASS, FAIL}) when the id appears more than once.
     */
    String recordedResults(SliceSpec spec, String id) {
        List<String> results = slice(spec).checks().stream().filter(c -> c.id().equals(id)).map(c -> c.result()).toList();
        return results.isEmpty() ? "absent" : results.stream().distinct().count() == 1 ? results.get(0) : String.join(", ", results);
    }

    /** The per-slice figures tests this evidence has: one for each slice whose fields could be read. */
    List<String> figureCheckIds() {
        return HaSlices.ALL.stream().filter(spec -> SliceFigures.breaches(spec, this).isPresent())
                .map(SliceFigures::checkId).toList();
    }

    long found() {
        return slices.values().stream().filter(SliceEvidence::present).count();
    }
}

package dev.junitproof.suites.slices;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.suites.text.Numbers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slices one suite read from one evidence directory, in the suite's order, with the coherence window their
 * embedded timestamps must fall into. A slice whose fields cannot be bound becomes MISSING here, once, so every
 * check and section sees the same status.
 */
public final class SliceSet {

    private final Map<String, SliceEvidence> slices = new LinkedHashMap<>();
    private final CoherenceWindow window;
    private final int expected;

    private SliceSet(CoherenceWindow window, int expected) {
        this.window = window;
        this.expected = expected;
    }

    public static SliceSet read(EvidenceReader reader, List<SliceSpec> specs, CoherenceWindow window) {
        SliceSet set = new SliceSet(window, specs.size());
        for (SliceSpec spec : specs) {
            set.slices.put(spec.val(), SliceReader.read(reader, spec));
        }
        return set;
    }

    /**
     * The slice's fields, already schema-validated, bound to {@code type}. A value the schema allows but Java
     * cannot hold (an integer past long range, say) makes the slice MISSING, naming the file, rather than failing
     * the whole suite run.
     */
    public <T> Optional<T> bind(EvidenceReader reader, SliceSpec spec, Class<T> type) {
        SliceEvidence slice = slices.get(spec.val());
        if (slice.tree().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.bind(slice.tree().get(), type));
        } catch (IllegalArgumentException unbindable) {
            String why = unbindable.getMessage() == null ? "" : unbindable.getMessage().lines().findFirst().orElse("");
            slices.put(spec.val(), SliceEvidence.missing(spec, spec.file() + ": a value does not fit its field (" + why + ")"));
            return Optional.empty();
        }
    }

    public SliceEvidence slice(SliceSpec spec) {
        return slices.get(spec.val());
    }

    public List<SliceEvidence> all() {
        return List.copyOf(slices.values());
    }

    public CoherenceWindow window() {
        return window;
    }

    /** The embedded {@code generated_at} of the reports that were found. */
    public List<Instant> timestamps() {
        return slices.values().stream().flatMap(s -> s.generatedAt().stream()).map(OffsetDateTime::toInstant).toList();
    }

    public boolean windowHolds() {
        return window.holds(timestamps());
    }

    public long found() {
        return slices.values().stream().filter(SliceEvidence::present).count();
    }

    public int expected() {
        return expected;
    }

    /** {@code single coherent evidence window}, or why not: the report's "Evidence:" line. */
    public String windowLine() {
        if (!windowHolds()) {
            return "NOT a single coherent evidence window (spread " + Numbers.hms(window.spread(timestamps()))
                    + " > " + window.width().toHours() + "h)";
        }
        return found() == expected ? "single coherent evidence window"
                : "single coherent evidence window over " + found() + " of " + expected + " reports found";
    }
}

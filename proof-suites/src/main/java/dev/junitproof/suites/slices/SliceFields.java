package dev.junitproof.suites.slices;

import dev.junitproof.api.EvidenceReader;

import java.util.Map;
import java.util.Optional;

/** Binds a read slice's slice-specific fields to a record. */
public final class SliceFields {

    private SliceFields() {
    }

    /**
     * The slice's fields, already schema-validated, bound to {@code type}. A value the schema allows but Java
     * cannot hold (an integer past long range, say) replaces the slice in {@code slices} with a MISSING one
     * naming the file, rather than failing the whole suite run.
     */
    public static <T> Optional<T> bind(EvidenceReader reader, Map<String, SliceEvidence> slices, SliceSpec spec,
            Class<T> type) {
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
}

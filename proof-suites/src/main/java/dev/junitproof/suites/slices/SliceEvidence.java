package dev.junitproof.suites.slices;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A slice report as read: its status, its checks, and (when readable) the validated tree and timestamp.
 *
 * @param detail for MISSING, why (file and JSON pointer); for FAIL, what did not pass; empty for PASS
 */
public record SliceEvidence(
        SliceSpec spec,
        SliceStatus status,
        List<SliceCheck> checks,
        Optional<OffsetDateTime> generatedAt,
        Optional<JsonNode> tree,
        String detail) {

    public SliceEvidence {
        checks = List.copyOf(checks);
    }

    public static SliceEvidence missing(SliceSpec spec, String detail) {
        return new SliceEvidence(spec, SliceStatus.MISSING, List.of(), Optional.empty(), Optional.empty(), detail);
    }

    public boolean present() {
        return status != SliceStatus.MISSING;
    }

    public boolean passed() {
        return status == SliceStatus.PASS;
    }

    public long passedChecks() {
        return checks.stream().filter(SliceCheck::passed).count();
    }

    /** The check the lab recorded under an id, e.g. {@code VAL08-05}. */
    public Optional<SliceCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** {@code 9/9 checks}, as the coverage table prints it. */
    public String countText() {
        return passedChecks() + "/" + spec.expectedChecks() + " checks";
    }
}

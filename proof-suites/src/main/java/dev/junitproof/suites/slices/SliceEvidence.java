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

    /**
     * Expected ids ({@code VALnn-01..NN}) whose every record is PASS: a duplicated id, an extra check or a check
     * recorded twice can never make the count read as complete.
     */
    public long passedChecks() {
        long passed = 0;
        for (int n = 1; n <= spec.expectedChecks(); n++) {
            String id = spec.checkId(n);
            List<SliceCheck> records = checks.stream().filter(c -> c.id().equals(id)).toList();
            if (!records.isEmpty() && records.stream().allMatch(SliceCheck::passed)) {
                passed++;
            }
        }
        return passed;
    }

    /** The check the lab recorded under an id, e.g. {@code VAL08-05}. */
    public Optional<SliceCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * What the coverage table says beside the row's status: {@code MISSING: val09-report.json not found} for a slice
     * that could not be read (the seed: reported as MISSING in the coverage table), else the slice's detail.
     */
    public String coverageDetail() {
        return present() ? detail : "MISSING: " + detail;
    }

    /**
     * The detail in words a report can print beside a check's own status: a structural problem as it is, the checks
     * the lab did not pass with its results in lower case ({@code not passed: VAL09-06 recorded fail}), so that the
     * lab's word never reads as a status of this suite's.
     */
    public String detailInWords() {
        if (status != SliceStatus.FAIL || !SliceReader.structuralProblem(spec, checks).isEmpty()) {
            return detail;
        }
        List<String> notPassed = checks.stream().filter(c -> !c.passed())
                .map(c -> c.id() + " recorded " + c.result().name().toLowerCase()).toList();
        return "not passed: " + String.join(", ", notPassed);
    }

    /** {@code 9/9 checks}, as the coverage table prints it. */
    public String countText() {
        return passedChecks() + "/" + spec.expectedChecks() + " checks";
    }
}

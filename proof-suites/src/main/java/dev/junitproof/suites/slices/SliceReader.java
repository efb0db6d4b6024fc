package dev.junitproof.suites.slices;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a slice report under the contract's envelope rules. A slice passes only with exactly its expected number
 * of uniquely numbered checks, every one PASS: a truncated run must never read as a pass.
 */
public final class SliceReader {

    public static final String ENVELOPE_SCHEMA = "/dev/junitproof/suites/slices/slice-envelope.schema.json";

    private SliceReader() {
    }

    public static SliceEvidence read(EvidenceReader reader, SliceSpec spec) {
        return read(reader, spec, spec.file());
    }

    /** Reads a slice whose report sits at {@code path} (relative to the unit), e.g. inside a dated sub-directory. */
    public static SliceEvidence read(EvidenceReader reader, SliceSpec spec, String path) {
        Loaded<JsonNode> loaded = reader.readJson(path, ENVELOPE_SCHEMA, spec.schemaResource());
        if (!(loaded instanceof Loaded.Present<JsonNode> present)) {
            return SliceEvidence.missing(spec, loaded.missingDetail());
        }
        JsonNode tree = present.value();
        String val = tree.path("val").asText();
        if (!val.equals(spec.val())) {
            return SliceEvidence.missing(spec, path + ": /val must be \"" + spec.val() + "\", found \"" + val + "\"");
        }
        OffsetDateTime generatedAt;
        String stamp = tree.path("generated_at").asText();
        try {
            generatedAt = OffsetDateTime.parse(stamp);
        } catch (DateTimeParseException e) {
            return SliceEvidence.missing(spec, path
                    + ": /generated_at must be an ISO-8601 timestamp with an offset, found \"" + stamp + "\"");
        }
        List<SliceCheck> checks = new ArrayList<>();
        JsonNode recorded = tree.path("checks");
        for (int i = 0; i < recorded.size(); i++) {
            JsonNode c = recorded.get(i);
            String text = c.path("result").asText();
            Optional<SliceResult> result = SliceResult.parse(text);
            if (result.isEmpty()) {
                // The envelope schema allows only the three words; this holds should a schema ever be looser.
                return SliceEvidence.missing(spec, path + ": /checks/" + i + "/result must be PASS, FAIL or SKIP, found \""
                        + text + "\"");
            }
            checks.add(new SliceCheck(c.path("id").asText(), c.path("name").asText(), result.get(),
                    c.path("detail").isTextual() ? c.path("detail").asText() : ""));
        }
        String problem = structuralProblem(spec, checks);
        SliceStatus status;
        String detail;
        if (!problem.isEmpty()) {
            status = SliceStatus.FAIL;
            detail = problem;
        } else {
            long notPassed = checks.stream().filter(c -> !c.passed()).count();
            status = notPassed == 0 ? SliceStatus.PASS : SliceStatus.FAIL;
            detail = notPassed == 0 ? "" : failingIds(checks);
        }
        return new SliceEvidence(spec, status, checks, Optional.of(generatedAt), Optional.of(tree), detail);
    }

    /** Empty when the check list is exactly {@code VALnn-01..NN}, each once; otherwise what is wrong with it. */
    static String structuralProblem(SliceSpec spec, List<SliceCheck> checks) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicated = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        for (int n = 1; n <= spec.expectedChecks(); n++) {
            expected.add(spec.checkId(n));
        }
        for (SliceCheck c : checks) {
            if (!seen.add(c.id())) {
                duplicated.add(c.id());
            }
            if (!expected.contains(c.id())) {
                unexpected.add(c.id());
            }
        }
        Set<String> absent = new TreeSet<>(expected);
        absent.removeAll(seen);
        if (checks.size() != spec.expectedChecks()) {
            problems.add(checks.size() + " checks recorded, " + spec.expectedChecks() + " expected");
        }
        if (!duplicated.isEmpty()) {
            problems.add("duplicated check ids " + String.join(", ", duplicated));
        }
        if (!absent.isEmpty()) {
            problems.add("missing check ids " + String.join(", ", absent));
        }
        if (!unexpected.isEmpty()) {
            problems.add("unexpected check ids " + String.join(", ", unexpected));
        }
        return String.join("; ", problems);
    }

    private static String failingIds(List<SliceCheck> checks) {
        List<String> ids = new ArrayList<>();
        for (SliceCheck c : checks) {
            if (!c.passed()) {
                ids.add(c.id() + " " + c.result());
            }
        }
        return "not passed: " + String.join(", ", ids);
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.suites.slices.SliceCheck;
import dev.junitproof.suites.slices.SliceEvidence;
import dev.junitproof.suites.slices.SliceReader;
import dev.junitproof.suites.slices.SliceSpec;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One core slice (VAL19–VAL23) as found under the evidence root: the directory chosen, the slice envelope as the
 * shared reader judged it, the slice-specific figures bound to their record, and the report file's modification
 * time for the campaign window.
 *
 * @param path           the report relative to the evidence root, e.g. {@code val19-relay-impairment-2026-03-20/val19-report.json}
 * @param report         the slice-specific figures; empty when the slice is MISSING
 * @param reportModified the report file's modification time; empty when there is no readable file
 */
public record CoreSlice(RelaySlice slice, DirectoryChoice directory, String path, SliceEvidence evidence,
        Optional<Object> report, Optional<Instant> reportModified) {

    /** Reads a slice under the root; never throws on bad evidence (it degrades to MISSING with a detail). */
    static CoreSlice read(EvidenceReader reader, RelaySlice slice, DirectoryChoice directory) {
        String path = directory.name() + "/" + slice.file();
        SliceSpec spec = slice.spec(path);
        Optional<String> unreadable = directory.unreadableReason();
        if (unreadable.isPresent()) {
            return new CoreSlice(slice, directory, path, SliceEvidence.missing(spec, unreadable.get()),
                    Optional.empty(), Optional.empty());
        }
        SliceEvidence evidence = SliceReader.read(reader, spec, path);
        Optional<Instant> modified = reader.isFile(path) ? reader.lastModified(path) : Optional.empty();
        if (evidence.tree().isEmpty()) {
            return new CoreSlice(slice, directory, path, evidence, Optional.empty(), modified);
        }
        try {
            Object report = reader.bind(evidence.tree().get(), slice.model());
            return new CoreSlice(slice, directory, path, evidence, Optional.of(report), modified);
        } catch (RuntimeException unbindable) {
            // The schema admits what the record cannot hold (e.g. a count beyond int): a mismatch, not a crash.
            String detail = path + ": " + firstLine(unbindable.getMessage());
            return new CoreSlice(slice, directory, path, SliceEvidence.missing(spec, detail), Optional.empty(), modified);
        }
    }

    /** The slice-specific figures as their record type, e.g. {@code report(Val21Report.class)}. */
    public <T> Optional<T> report(Class<T> type) {
        return report.filter(type::isInstance).map(type::cast);
    }

    public boolean present() {
        return evidence.present();
    }

    /** The matrix detail line of VAL27-01..05: {@code val19 10/10 checks passed}. */
    public String countLine() {
        if (!present()) {
            return slice.shortName() + " unreadable: " + evidence.detail();
        }
        String line = slice.shortName() + " " + evidence.passedChecks() + "/" + RelaySlice.EXPECTED_CHECKS
                + " checks passed";
        return evidence.passed() ? line : line + "; " + problem();
    }

    /**
     * Why the slice does not stand, in words that hold no status: what is unreadable, what is wrong with its check
     * list, or which checks the lab did not record as passed (by id: each is a check of its own in the tree, whose
     * outcome is its status). Empty when the slice stands.
     */
    public String problem() {
        if (!present() || evidence.passed()) {
            return evidence.detail();
        }
        List<String> notPassed = evidence.checks().stream().filter(c -> !c.passed()).map(SliceCheck::id).toList();
        // The shared reader words a failing list "not passed: <id> <result>"; a structural problem in its own words.
        if (!notPassed.isEmpty() && evidence.detail().startsWith("not passed: ")) {
            return "lab checks not passed: " + String.join(", ", notPassed);
        }
        return evidence.detail();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be bound to its record";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

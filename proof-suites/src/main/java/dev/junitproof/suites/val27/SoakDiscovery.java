package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.util.List;
import java.util.Optional;

/**
 * Finds the VAL24 soak under the evidence root: the newest {@code val24-relay-soak-YYYY-MM-DD} directory, then
 * its most complete report ({@code reports/final.json}, else {@code checkpoint-14d.json}, else
 * {@code checkpoint-7d.json}); with none of those but {@code rounds/}, the VAL24 suite's evaluation.
 */
final class SoakDiscovery {

    static final String PREFIX = "val24-relay-soak-";
    static final String SCHEMA = "/dev/junitproof/suites/val27/val24-report.schema.json";

    /** Most complete first: a final report outranks any checkpoint. */
    static final List<String> REPORTS = List.of("final.json", "checkpoint-14d.json", "checkpoint-7d.json");

    private SoakDiscovery() {
    }

    static Soak find(EvidenceReader reader, List<DirectoryEntry> rootEntries, SoakEvaluation evaluation) {
        DirectoryChoice directory = DirectoryChoice.among(rootEntries, PREFIX);
        Optional<String> unreadable = directory.unreadableReason();
        if (unreadable.isPresent()) {
            return new Soak(directory, new SoakEvidence.NotFound(unreadable.get()));
        }
        String dir = directory.name();
        // No reports/ (or one that cannot be listed) means no report to prefer: the rounds decide below.
        List<DirectoryEntry> reports = reader.list(dir + "/reports").optional().orElse(List.of());
        for (String name : REPORTS) {
            // Present in the listing at all (even as a link leaving the root): it is the one to read. A broken
            // final.json must show as MISSING, not quietly hand the verdict to an older checkpoint.
            if (reports.stream().anyMatch(e -> e.name().equals(name))) {
                return new Soak(directory, read(reader, dir, "reports/" + name));
            }
        }
        Optional<DirectoryEntry> rounds = reader.list(dir).optional().orElse(List.of()).stream().filter(e -> e.name().equals("rounds")).findFirst();
        if (rounds.isPresent() && rounds.get().outsideRoot()) {
            return new Soak(directory, new SoakEvidence.NotFound(dir + "/rounds is a link that leaves the evidence root; not read"));
        }
        if (rounds.isPresent() && rounds.get().directory()) {
            return new Soak(directory, evaluateSafely(evaluation, reader, dir));
        }
        return new Soak(directory, new SoakEvidence.NotFound(dir + " has no reports/final.json, "
                + "reports/checkpoint-14d.json, reports/checkpoint-7d.json and no rounds/"));
    }

    private static SoakEvidence read(EvidenceReader reader, String dir, String report) {
        Loaded<Val24Report> loaded = reader.readJson(Val24Report.class, dir + "/" + report, SCHEMA);
        if (loaded instanceof Loaded.Present<Val24Report> present) {
            return new SoakEvidence.Reported(report, present.value());
        }
        return new SoakEvidence.NotFound(loaded.missingDetail());
    }

    /** The evaluation is another suite's code: whatever it throws is reported, never propagated out of prove(). */
    private static SoakEvidence evaluateSafely(SoakEvaluation evaluation, EvidenceReader reader, String dir) {
        try {
            SoakEvidence evidence = evaluation.evaluate(reader, dir);
            return evidence == null ? new SoakEvidence.InProgress("soak in progress: no VAL24 report yet") : evidence;
        } catch (RuntimeException e) {
            return new SoakEvidence.NotFound(dir + "/rounds: the VAL24 evaluation failed ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}

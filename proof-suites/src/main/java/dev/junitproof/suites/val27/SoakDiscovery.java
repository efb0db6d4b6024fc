package dev.junitproof.suites.val27;

import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.util.List;
import java.util.Optional;

/**
 * Finds the VAL24 soak under the evidence root (the newest {@code val24-relay-soak-YYYY-MM-DD} directory) and has
 * VAL24 judge it from its raw evidence. The most complete report document there ({@code reports/final.json}, else
 * {@code checkpoint-14d.json}, else {@code checkpoint-7d.json}) is read as a claim to cross-check.
 */
final class SoakDiscovery {

    static final String PREFIX = "val24-relay-soak-";
    static final String SUITE = "VAL24";
    static final String SCHEMA = "/dev/junitproof/suites/val27/val24-report.schema.json";

    /** Most complete first: a final report outranks any checkpoint. */
    static final List<String> REPORTS = List.of("final.json", "checkpoint-14d.json", "checkpoint-7d.json");

    private SoakDiscovery() {
    }

    static Soak find(EvidenceReader reader, List<DirectoryEntry> rootEntries) {
        DirectoryChoice directory = DirectoryChoice.among(rootEntries, PREFIX);
        Optional<String> unreadable = directory.unreadableReason();
        if (unreadable.isPresent()) {
            return new Soak(directory, new SoakEvidence.Absent(unreadable.get()));
        }
        String dir = directory.name();
        Optional<SoakEvidence.Document> document = document(reader, dir);
        List<DirectoryEntry> entries = reader.list(dir).optional().orElse(List.of());
        Optional<DirectoryEntry> rounds = entries.stream().filter(e -> e.name().equals("rounds")).findFirst();
        if (rounds.isEmpty() || !rounds.get().directory() || rounds.get().outsideRoot()) {
            String why = rounds.isEmpty() ? dir + " has no rounds/"
                    : rounds.get().outsideRoot() ? dir + "/rounds is a link that leaves the evidence root; not read"
                    : dir + "/rounds is not a directory";
            if (document.isPresent()) {
                return new Soak(directory, new SoakEvidence.Unverifiable(document.get().path(), document.get().path()
                        + " claims the soak's results, but " + why + ": a claim with no raw rounds behind it cannot be verified"));
            }
            return new Soak(directory, new SoakEvidence.Absent(why + " and no reports/final.json, checkpoint-14d.json"
                    + " or checkpoint-7d.json"));
        }
        Loaded<SuiteJudgment> judgment = reader.judgeAs(SUITE, dir);
        if (!(judgment instanceof Loaded.Present<SuiteJudgment> judged)) {
            return new Soak(directory, new SoakEvidence.Unjudged(judgment.missingDetail()));
        }
        Val24Report report;
        try {
            report = reader.bind(judged.value().report(), Val24Report.class);
        } catch (IllegalArgumentException e) {
            return new Soak(directory, new SoakEvidence.Unjudged("VAL24's report of " + dir + " cannot be read: "
                    + e.getMessage()));
        }
        return new Soak(directory, new SoakEvidence.Judged(judged.value(), report, document));
    }

    /**
     * The most complete document present in {@code reports/}: present in the listing at all (even as a link leaving
     * the root) makes it the one, so a broken final.json shows as such rather than handing over to a checkpoint.
     */
    private static Optional<SoakEvidence.Document> document(EvidenceReader reader, String dir) {
        List<DirectoryEntry> reports = reader.list(dir + "/reports").optional().orElse(List.of());
        for (String name : REPORTS) {
            if (reports.stream().anyMatch(e -> e.name().equals(name))) {
                String path = "reports/" + name;
                return Optional.of(new SoakEvidence.Document(path,
                        reader.readJson(Val24Report.class, dir + "/" + path, SCHEMA)));
            }
        }
        return Optional.empty();
    }
}

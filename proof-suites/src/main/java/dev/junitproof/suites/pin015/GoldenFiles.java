package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code shadow/golden/*.json}: one golden file per workflow, counted and each parsed, as the seed's item 10
 * counts {@code golden/*.json}. A file that does not parse (or a link leaving the evidence root) is named, never
 * counted as a good one. Entries that are not {@code *.json} files (a directory, {@code wf-1.json.tmp}) are not
 * golden files, as the seed's {@code ls golden/*.json} does not count them: harmless, they are named in the
 * report ({@code ignored}), never counted.
 *
 * @param present  whether the directory exists
 * @param count    {@code *.json} regular files found
 * @param failures the first files that could not be read, with why, at most {@link ShadowLogScan#KEEP}
 * @param failureCount how many could not be read
 * @param ignored  the first entries that are not golden files, at most {@link ShadowLogScan#KEEP}
 */
record GoldenFiles(boolean present, long count, List<String> failures, long failureCount, List<String> ignored) {

    static final String DIRECTORY = "shadow/golden";
    static final String SCHEMA = "/dev/junitproof/suites/pin015/golden-file.schema.json";

    GoldenFiles {
        failures = List.copyOf(failures);
        ignored = List.copyOf(ignored);
    }

    static GoldenFiles read(EvidenceReader reader) {
        boolean present = reader.lastModified(DIRECTORY).isPresent();
        long count = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Loaded<List<DirectoryEntry>> listing = reader.list(DIRECTORY);
        if (listing instanceof Loaded.Missing<List<DirectoryEntry>> refused
                && refused.reason() != Loaded.MissingReason.NOT_FOUND) {
            // A directory the reader refuses (a link leaving the root, unreadable) is not an empty one: say why.
            return new GoldenFiles(present, 0, List.of(refused.detail()), 1, List.of());
        }
        for (DirectoryEntry entry : listing.optional().orElse(List.of())) {
            if (entry.directory() || !entry.name().endsWith(".json")) {
                if (ignored.size() < ShadowLogScan.KEEP) {
                    ignored.add(entry.name() + (entry.directory() ? "/" : ""));
                }
                continue;
            }
            count++;
            String why = entry.outsideRoot() ? entry.path() + " links outside the evidence root"
                    : reader.readJson(entry.path(), SCHEMA).missingDetail();
            if (!why.isEmpty()) {
                failed++;
                if (failures.size() < ShadowLogScan.KEEP) {
                    failures.add(why);
                }
            }
        }
        return new GoldenFiles(present, count, failures, failed, ignored);
    }

    long parsed() {
        return count - failureCount;
    }
}


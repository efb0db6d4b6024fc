package dev.junitproof.suites.pin015;

import dev.junitproof.api.DirectoryEntry;
import dev.junitproof.api.EvidenceReader;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code shadow/golden/*.json}: one golden file per workflow, counted and each parsed, as the seed's item 10
 * counts {@code golden/*.json}. A file that does not parse (or a link leaving the evidence root) is named, never
 * counted as a good one.
 *
 * @param present  whether the directory exists
 * @param count    {@code *.json} regular files found
 * @param failures the first files that could not be read, with why, at most {@link ShadowLogScan#KEEP}
 * @param failureCount how many could not be read
 */
record GoldenFiles(boolean present, long count, List<String> failures, long failureCount) {

    static final String DIRECTORY = "shadow/golden";
    static final String SCHEMA = "/dev/junitproof/suites/pin015/golden-file.schema.json";

    GoldenFiles {
        failures = List.copyOf(failures);
    }

    static GoldenFiles read(EvidenceReader reader) {
        boolean present = reader.lastModified(DIRECTORY).isPresent();
        long count = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        for (DirectoryEntry entry : reader.list(DIRECTORY)) {
            if (entry.directory() || !entry.name().endsWith(".json")) {
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
        return new GoldenFiles(present, count, failures, failed);
    }

    long parsed() {
        return count - failureCount;
    }
}


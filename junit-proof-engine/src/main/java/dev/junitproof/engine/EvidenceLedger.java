package dev.junitproof.engine;

import dev.junitproof.api.result.EvidenceDigest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Every evidence file a suite run read, with its SHA-256 and size: the report's {@code evidence} list. */
final class EvidenceLedger {

    private final ConcurrentHashMap<String, EvidenceDigest> digests = new ConcurrentHashMap<>();

    void record(String path, byte[] sha256, long bytes) {
        digests.put(path, new EvidenceDigest(path, Hex.of(sha256), bytes));
    }

    /** Files another reader recorded, under {@code prefix} (their directory relative to this ledger's unit). */
    void addAll(String prefix, List<EvidenceDigest> entries) {
        for (EvidenceDigest digest : entries) {
            String path = prefix + digest.path();
            digests.put(path, new EvidenceDigest(path, digest.sha256(), digest.bytes()));
        }
    }

    /** Sorted by path, so the report does not depend on read order or threads (a year's soak: 70,000 paths). */
    List<EvidenceDigest> entries() {
        EvidenceDigest[] sorted = digests.values().toArray(EvidenceDigest[]::new);
        Arrays.parallelSort(sorted, Comparator.comparing(EvidenceDigest::path));
        return Arrays.asList(sorted);
    }
}

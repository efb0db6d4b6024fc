package dev.junitproof.suites.val24;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of segment ids whose memory grows with the soak, not with id length: ids in the seed's scheme are bits,
 * anything else (a malformed id the lab wrote) is kept as a string so it is still accounted for.
 */
final class SegmentIdSet {

    private final BitSet keys = new BitSet();
    private final Set<String> others = new HashSet<>();

    /** Adds an id; false when it was already present. */
    boolean add(String id) {
        long key = SegmentId.key(id);
        boolean added;
        if (key >= 0 && key <= Integer.MAX_VALUE) {
            added = !keys.get((int) key);
            keys.set((int) key);
        } else {
            added = others.add(id);
        }
        return added;
    }

    boolean contains(String id) {
        long key = SegmentId.key(id);
        return key >= 0 && key <= Integer.MAX_VALUE ? keys.get((int) key) : others.contains(id);
    }

    /**
     * Visits every id of this set that {@code other} lacks, scheme ids in (round, index) order first, then the
     * others sorted. Scheme ids are compared as bits, so only the ids visited become strings (a year-long soak
     * seeds 175,200 ids; few are ever missing).
     */
    void forEachNotIn(SegmentIdSet other, java.util.function.Consumer<String> action) {
        BitSet missing = (BitSet) keys.clone();
        missing.andNot(other.keys);
        for (int k = missing.nextSetBit(0); k >= 0; k = missing.nextSetBit(k + 1)) {
            action.accept(SegmentId.ofKey(k));
        }
        others.stream().filter(id -> !other.contains(id)).sorted().forEach(action);
    }
}

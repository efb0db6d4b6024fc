package dev.junitproof.suites.pin015;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What {@code shadow/shadow.log} says, summed over every line (the log of a day-long run is streamed, never held).
 *
 * @param cyclesStarted      {@code Running cycle N} lines (the seed's {@code grep -c "Running cycle"})
 * @param cyclesCompleted    {@code Cycle N complete: …} lines
 * @param workflows          W summed over every completed cycle
 * @param replays            P summed over every completed cycle
 * @param mismatches         M summed over every completed cycle
 * @param zeroMismatchCycles completed cycles reporting {@code , 0 mismatches} (the seed's item 8)
 * @param mismatchingCycles  the first cycles reporting mismatches (numbers), at most {@link ShadowLogScan#KEEP}
 * @param mismatchingCount   how many cycles reported mismatches
 * @param lastCycleStart     time of the last {@code Running cycle} line
 * @param lastCycleAt        time of the last cycle line of either kind
 * @param completedAt        time of the {@code Shadow simulation complete} line, if any
 * @param problems           the first lines that break the log's grammar or order, at most {@link ShadowLogScan#KEEP}
 * @param problemCount       how many such lines there are
 */
record ShadowLog(
        long lines,
        long cyclesStarted,
        long cyclesCompleted,
        long workflows,
        long replays,
        long mismatches,
        long zeroMismatchCycles,
        List<Long> mismatchingCycles,
        long mismatchingCount,
        Optional<OffsetDateTime> lastCycleStart,
        Optional<OffsetDateTime> lastCycleAt,
        Optional<OffsetDateTime> completedAt,
        List<String> problems,
        long problemCount) {

    ShadowLog {
        mismatchingCycles = List.copyOf(mismatchingCycles);
        problems = List.copyOf(problems);
    }

    boolean hasCompletionLine() {
        return completedAt.isPresent();
    }
}

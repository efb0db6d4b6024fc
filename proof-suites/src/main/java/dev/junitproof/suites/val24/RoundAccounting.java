package dev.junitproof.suites.val24;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One round's figures recomputed from its raw files: with S the seeded ids, DL the deadletter list at round end
 * and R every id the peer received, {@code deadletter = |S ∩ DL|}, {@code delivered = |S ∩ R − DL|},
 * {@code loss = |S − DL − R|}, so the three always add up to the seeded count. {@code problems} lists where the
 * round's own figures (or its files) disagree with that; a round with problems is an evidence inconsistency.
 *
 * @param lostIds           seeded ids the relay and the peer both lost
 * @param deadletteredIds   seeded ids in the round-end deadletter list (counted in {@code deadletter})
 * @param retriedIds        recovery rounds: ids the sweep retried
 * @param recoveredIds      recovery rounds: retried ids the sweep calls recovered <em>and</em> the peer received
 */
record RoundAccounting(int round, int day, RoundKind kind, Instant startedAt, String metricsFile, long seeded,
        long delivered, long deadletter, List<String> lostIds, List<String> deadletteredIds, List<String> retriedIds,
        List<String> recoveredIds, long logBytes, List<String> problems) {

    RoundAccounting {
        lostIds = List.copyOf(lostIds);
        deadletteredIds = List.copyOf(deadletteredIds);
        retriedIds = List.copyOf(retriedIds);
        recoveredIds = List.copyOf(recoveredIds);
        problems = List.copyOf(problems);
    }

    long retried() {
        return retriedIds.size();
    }

    long recovered() {
        return recoveredIds.size();
    }

    long loss() {
        return lostIds.size();
    }

    boolean consistent() {
        return problems.isEmpty();
    }

    /**
     * Recomputes a round against the peer's receipts; pure. A round seeds the soak's {@code segments_per_round}
     * (soak.json): a seeded list of another length is not the round the schedule says ran.
     */
    static RoundAccounting of(RoundData data, SegmentIdSet received, int roundsPerDay, int segmentsPerRound) {
        RoundMetrics own = data.metrics();
        int round = data.files().round();
        String file = data.files().metrics();
        List<String> problems = new ArrayList<>(data.listProblems());
        if (own.round() != round) {
            problems.add(file + " /round says " + own.round());
        }
        if (!data.kind().expectedProxyMode().equals(own.proxyMode())) {
            problems.add(file + " /proxy_mode is " + own.proxyMode() + " in a " + data.kind().label() + " round");
        }
        long delivered = 0;
        List<String> deadlettered = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : data.seededIds()) {
            if (!seen.add(id)) {
                problems.add(data.files().seeded() + " lists " + id + " twice");
                continue;
            }
            if (SegmentId.roundOf(id) != round) {
                problems.add(data.files().seeded() + " lists " + id + ", not an id of round " + round);
            }
            if (data.deadletterIds().contains(id)) {
                deadlettered.add(id);
            } else if (received.contains(id)) {
                delivered++;
            } else {
                lost.add(id);
            }
        }
        long seeded = seen.size();
        if (seeded != segmentsPerRound) {
            problems.add(data.files().seeded() + " lists " + seeded + " segment(s), but soak.json /segments_per_round is "
                    + segmentsPerRound);
        }
        long deadletter = deadlettered.size();
        compare(problems, file, "seeded", own.seeded(), seeded);
        compare(problems, file, "delivered", own.delivered(), delivered);
        compare(problems, file, "deadletter", own.deadletter(), deadletter);
        compare(problems, file, "loss", own.loss(), lost.size());
        List<String> retried = List.of();
        List<String> recovered = new ArrayList<>();
        if (data.sweep() != null) {
            Set<String> retriedIds = new java.util.LinkedHashSet<>(data.sweep().retried());
            retried = List.copyOf(retriedIds);
            for (String id : retriedIds) {
                if (!data.beforeIds().contains(id)) {
                    problems.add(data.files().retry() + " retried " + id + ", which "
                            + data.files().deadletterBefore() + " does not list");
                }
            }
            for (String id : new java.util.LinkedHashSet<>(data.sweep().recovered())) {
                if (!retriedIds.contains(id)) {
                    problems.add(data.files().retry() + " recovered " + id + ", which it did not retry");
                } else if (received.contains(id)) {
                    recovered.add(id);
                }
            }
            compare(problems, file, "retried", own.retried(), retried.size());
            compare(problems, file, "recovered", own.recovered(), recovered.size());
        } else if (own.retried() != 0 || own.recovered() != 0) {
            problems.add(file + " reports retried " + own.retried() + ", recovered " + own.recovered()
                    + " in a " + data.kind().label() + " round, which has no retry sweep");
        }
        int day = (round - 1) / roundsPerDay + 1;
        return new RoundAccounting(round, day, data.kind(), data.startedAt(), file, seeded, delivered, deadletter,
                lost, deadlettered, retried, recovered, data.logBytes(), problems);
    }

    /**
     * The same round with lost ids and problems found only at soak level (global loss, unlisted receipts). An id
     * deadlettered at this round's end that later left the list without reaching the peer is lost, no longer
     * deadletter, so delivered + deadletter + loss still equals seeded. A lost id this round never seeded (another
     * round's file listed it) is kept as lost, never hidden, and makes the round inconsistent.
     */
    RoundAccounting with(List<String> moreLost, List<String> moreProblems) {
        if (moreLost.isEmpty() && moreProblems.isEmpty()) {
            return this;
        }
        List<String> allLost = new ArrayList<>(lostIds);
        List<String> stillDeadlettered = new ArrayList<>(deadletteredIds);
        List<String> allProblems = new ArrayList<>(problems);
        for (String id : moreLost) {
            if (lostIds.contains(id)) {
                continue;
            }
            allLost.add(id);
            if (!stillDeadlettered.remove(id)) {
                allProblems.add(id + " is lost, but round " + round + "'s seeded list does not hold it");
            }
        }
        allProblems.addAll(moreProblems);
        return new RoundAccounting(round, day, kind, startedAt, metricsFile, seeded, delivered,
                stillDeadlettered.size(), allLost, stillDeadlettered, retriedIds, recoveredIds, logBytes, allProblems);
    }

    private static void compare(List<String> problems, String file, String field, long reported, long recomputed) {
        if (reported != recomputed) {
            problems.add(file + " /" + field + " reports " + reported + ", recomputed " + recomputed);
        }
    }
}

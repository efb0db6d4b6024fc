package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a soak directory and recomputes its accounting. One pass over the rounds, in order, a batch at a time:
 * each batch's rounds are read and checked against the peer's receipts in parallel, then folded in order and
 * their files dropped, so memory grows with the number of rounds (one small record each, plus one bit per seeded
 * id), never with the files' sizes.
 */
final class SoakAccountant {

    static final String SOAK_FILE = "soak.json";
    private static final String SCHEMAS = "/dev/junitproof/suites/val24/";
    static final String SOAK_SCHEMA = SCHEMAS + "soak.schema.json";
    static final String ROUND_SCHEMA = SCHEMAS + "round.schema.json";
    static final String DEADLETTER_SCHEMA = SCHEMAS + "deadletter.schema.json";
    static final String RETRY_SCHEMA = SCHEMAS + "retry.schema.json";
    private static final int EXAMPLES = 5;
    /** Rounds read at once: enough to keep two cores busy, few enough that memory does not grow with the soak. */
    private static final int BATCH = 256;

    private final EvidenceReader reader;
    private final String base;

    /** @param base the soak directory relative to the reader's unit, {@code ""} or ending in {@code /} */
    SoakAccountant(EvidenceReader reader, String base) {
        this.reader = reader;
        this.base = base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    Loaded<SoakAccounting> account() {
        Loaded<SoakParameters> soak = reader.readJson(SoakParameters.class, base + SOAK_FILE, SOAK_SCHEMA);
        if (!(soak instanceof Loaded.Present<SoakParameters> present)) {
            return soak.map(s -> null);
        }
        SoakParameters parameters = present.value();
        OffsetDateTime started;
        try {
            started = OffsetDateTime.parse(parameters.startedAt());
        } catch (DateTimeParseException e) {
            return mismatch(base + SOAK_FILE, base + SOAK_FILE + ": /started_at is not an ISO-8601 timestamp with an offset");
        }
        // The receipts (a year's soak: 175,000) are parsed on a thread of their own while the rounds' files are
        // read: a round's files depend on nothing else, only its accounting needs the receipts.
        java.util.concurrent.FutureTask<Loaded<PeerReceipts>> receipts =
                new java.util.concurrent.FutureTask<>(() -> PeerReceipts.read(reader, base + PeerReceipts.FILE));
        Thread receiving = new Thread(receipts, "val24-receipts");
        receiving.setDaemon(true);
        receiving.start();
        Loaded<List<String>> roundFiles = reader.names(RoundFiles.directory(base));
        int newest = newestRound(roundFiles.optional().orElse(List.of()));
        List<List<RoundRead>> ahead = new ArrayList<>();
        int next = 1;
        while (!receipts.isDone() && next <= newest) {
            ahead.add(readBatch(next, Math.min(newest, next + BATCH - 1)));
            next += BATCH;
        }
        Loaded<PeerReceipts> peer = join(receipts);
        if (!(peer instanceof Loaded.Present<PeerReceipts> received)) {
            // Every round is read all the same, so the report's evidence list never depends on how far the
            // reading got while the receipts were parsed.
            for (; next <= newest; next += BATCH) {
                readBatch(next, Math.min(newest, next + BATCH - 1));
            }
            return peer.map(p -> null);
        }
        if (roundFiles instanceof Loaded.Missing<List<String>> refused && refused.reason() != Loaded.MissingReason.NOT_FOUND) {
            // A rounds directory the reader refuses (a link leaving the root, unreadable) is not a soak that has
            // not started: every check is MISSING with the reason, none waits for round 1.
            return refused.map(r -> null);
        }
        return new Loaded.Present<>(base + SOAK_FILE, accountRounds(parameters, started, received.value(), newest, ahead));
    }

    /** The receipts once parsed; an interrupt is kept for the caller, not lost, and does not abandon the wait. */
    private static Loaded<PeerReceipts> join(java.util.concurrent.FutureTask<Loaded<PeerReceipts>> receipts) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return receipts.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @param ahead the first batches, read while the receipts were parsed and not yet accounted */
    private SoakAccounting accountRounds(SoakParameters parameters, OffsetDateTime started, PeerReceipts peer, int newest,
            List<List<RoundRead>> ahead) {
        int perDay = parameters.roundsPerDay();
        SegmentIdSet seeded = new SegmentIdSet();
        Map<String, Integer> unschemedSeeded = new HashMap<>();
        List<RoundAccounting> complete = new ArrayList<>();
        List<UnreadableRound> unreadable = new ArrayList<>();
        Optional<UnreadableRound> inProgress = Optional.empty();
        Set<String> lastDeadletter = Set.of();
        RoundKind previousKind = null;
        Map<Integer, List<String>> laterProblems = new LinkedHashMap<>();
        Set<Integer> unreadableRounds = new HashSet<>();
        for (int first = 1, batch = 0; first <= newest; first += BATCH, batch++) {
            reader.progress("rounds", first - 1, newest);
            List<RoundRead> reads = batch < ahead.size() ? ahead.get(batch)
                    : readBatch(first, Math.min(newest, first + BATCH - 1));
            for (RoundRead read : accountBatch(reads, peer.ids(), perDay, parameters.segmentsPerRound())) {
                int round = read.round();
                int day = (round - 1) / perDay + 1;
                if (read.data() instanceof Loaded.Missing<RoundData> missing) {
                    UnreadableRound broken = new UnreadableRound(round, day, missing.file(), missing.detail());
                    if (round == newest) {
                        inProgress = Optional.of(broken);
                    } else {
                        unreadable.add(broken);
                    }
                    unreadableRounds.add(round);
                    previousKind = null;
                    continue;
                }
                RoundData data = ((Loaded.Present<RoundData>) read.data()).value();
                if (data.kind() == RoundKind.RECOVERY && previousKind != null && previousKind != RoundKind.OUTAGE) {
                    laterProblems.computeIfAbsent(round, r -> new ArrayList<>()).add(data.files().metrics()
                            + " /kind is recovery, but round " + (round - 1) + " was a " + previousKind.label()
                            + " round, not an outage round");
                }
                previousKind = data.kind();
                for (String id : data.seededIds()) {
                    seeded.add(id);
                    if (SegmentId.key(id) < 0) {
                        unschemedSeeded.putIfAbsent(id, round);
                    }
                }
                unseededEntries(data, seeded, unreadableRounds)
                        .forEach(problem -> laterProblems.computeIfAbsent(round, r -> new ArrayList<>()).add(problem));
                lastDeadletter = data.deadletterIds();
                complete.add(read.accounting());
            }
        }
        reader.progress("rounds", newest, newest);
        Map<Integer, List<String>> laterLost = globalLoss(seeded, unschemedSeeded, peer.ids(), lastDeadletter);
        Receipts receipts = receipts(peer, seeded, complete, unreadable, inProgress, laterProblems);
        List<RoundAccounting> rounds = new ArrayList<>(complete.size());
        for (RoundAccounting r : complete) {
            rounds.add(r.with(laterLost.getOrDefault(r.round(), List.of()), laterProblems.getOrDefault(r.round(), List.of())));
        }
        return new SoakAccounting(parameters, started.toInstant(), started.toLocalDate(), rounds, unreadable,
                inProgress, receipts);
    }

    /** A round as read, and its accounting once the receipts are known (null until then, or when unreadable). */
    private record RoundRead(int round, Loaded<RoundData> data, RoundAccounting accounting) {
    }

    /**
     * Reads rounds {@code first..last} in parallel: each round's files depend on nothing but themselves. What
     * depends on the order of rounds (recovery after outage, the running seeded set) stays in the caller's
     * sequential pass, so the result is the same whatever the scheduling. Batches bound what is held at once.
     */
    private List<RoundRead> readBatch(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).parallel()
                .mapToObj(round -> new RoundRead(round, readRound(new RoundFiles(base, round)), null)).toList();
    }

    /** Accounts each round of a batch against the receipts, which are complete by now, in parallel. */
    private static List<RoundRead> accountBatch(List<RoundRead> reads, SegmentIdSet received, int perDay, int perRound) {
        return reads.parallelStream().map(read -> read.data() instanceof Loaded.Present<RoundData> present
                ? new RoundRead(read.round(), read.data(), RoundAccounting.of(present.value(), received, perDay, perRound))
                : read).toList();
    }

    /**
     * The newest round with a file in {@code rounds/}: names only, a year-long soak has 70,000 of them. Every
     * round up to it is read; one whose files are missing or are not files is unreadable (or in progress).
     */
    private static int newestRound(List<String> names) {
        int newest = 0;
        for (String name : names) {
            newest = Math.max(newest, RoundFiles.roundOf(name));
        }
        return newest;
    }

    private Loaded<RoundData> readRound(RoundFiles files) {
        Loaded<RoundMetrics> metrics = reader.readJson(RoundMetrics.class, files.metrics(), ROUND_SCHEMA);
        if (!(metrics instanceof Loaded.Present<RoundMetrics> own)) {
            return metrics.map(m -> null);
        }
        Instant startedAt;
        try {
            startedAt = OffsetDateTime.parse(own.value().startedAt()).toInstant();
        } catch (DateTimeParseException e) {
            return mismatch(files.metrics(), files.metrics() + ": /started_at is not an ISO-8601 timestamp with an offset");
        }
        RoundKind kind = RoundKind.of(own.value().kind());
        Loaded<List<String>> seededLines = reader.readLines(files.seeded());
        if (!(seededLines instanceof Loaded.Present<List<String>> lines)) {
            return seededLines.map(l -> null);
        }
        List<String> seeded = lines.value().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Loaded<DeadletterList> deadletter = reader.readJson(DeadletterList.class, files.deadletter(), DEADLETTER_SCHEMA);
        if (!(deadletter instanceof Loaded.Present<DeadletterList> atEnd)) {
            return deadletter.map(d -> null);
        }
        Set<String> before = null;
        RetrySweep sweep = null;
        List<String> problems = new ArrayList<>();
        if (kind == RoundKind.RECOVERY) {
            Loaded<DeadletterList> beforeList = reader.readJson(DeadletterList.class, files.deadletterBefore(), DEADLETTER_SCHEMA);
            if (!(beforeList instanceof Loaded.Present<DeadletterList> b)) {
                return beforeList.map(d -> null);
            }
            Loaded<RetrySweep> retry = reader.readJson(RetrySweep.class, files.retry(), RETRY_SCHEMA);
            if (!(retry instanceof Loaded.Present<RetrySweep> r)) {
                return retry.map(s -> null);
            }
            before = ids(b.value());
            sweep = r.value();
            repeated(files.deadletterBefore(), b.value().entries().stream().map(DeadletterList.Entry::id).toList(), problems);
            repeated(files.retry() + " /retried", sweep.retried(), problems);
            repeated(files.retry() + " /recovered", sweep.recovered(), problems);
        }
        repeated(files.deadletter(), atEnd.value().entries().stream().map(DeadletterList.Entry::id).toList(), problems);
        // Streamed (the reader digests it without holding it); only its size is reported, an absent log is -1.
        long logBytes = reader.stream(files.edgedLog(), in -> { }).optional().orElse(-1L);
        return new Loaded.Present<>(files.metrics(), new RoundData(files, own.value(), startedAt, kind, seeded,
                ids(atEnd.value()), before, sweep, logBytes, problems));
    }

    /**
     * Entries of a round's deadletter lists (at its end, and before its sweep) that no round up to it seeded: the
     * relay's list is the soak's segments that did not arrive, so an id nobody seeded means the list (or a seeded
     * list) is not what the relay held. Ids of a round that could not be read are its problem, not this one's.
     */
    private static List<String> unseededEntries(RoundData data, SegmentIdSet seeded, Set<Integer> unreadableRounds) {
        List<String> problems = new ArrayList<>();
        unseeded(data.files().deadletter(), data.deadletterIds(), seeded, unreadableRounds, problems);
        if (data.beforeIds() != null) {
            unseeded(data.files().deadletterBefore(), data.beforeIds(), seeded, unreadableRounds, problems);
        }
        return problems;
    }

    private static void unseeded(String file, Set<String> ids, SegmentIdSet seeded, Set<Integer> unreadableRounds,
            List<String> problems) {
        ids.stream().filter(id -> !seeded.contains(id) && !unreadableRounds.contains(SegmentId.roundOf(id))).sorted()
                .forEach(id -> problems.add(file + " lists " + id + ", which no round up to it seeded"));
    }

    /**
     * Seeded ids that neither the peer received nor the last round's deadletter list holds, by round. This also
     * catches an id that was deadlettered at its round's end and later vanished from the list without arriving.
     */
    private static Map<Integer, List<String>> globalLoss(SegmentIdSet seeded, Map<String, Integer> unschemed,
            SegmentIdSet received, Set<String> lastDeadletter) {
        Map<Integer, List<String>> lost = new HashMap<>();
        seeded.forEachNotIn(received, id -> {
            if (!lastDeadletter.contains(id)) {
                int round = SegmentId.key(id) >= 0 ? SegmentId.roundOf(id) : unschemed.getOrDefault(id, -1);
                lost.computeIfAbsent(round, r -> new ArrayList<>()).add(id);
            }
        });
        return lost;
    }

    /**
     * Receipts no complete round seeded. One whose id names a complete round means that round's seeded list is
     * short (a problem of the round); ids of the round in progress or of an unreadable round are expected.
     */
    private static Receipts receipts(PeerReceipts peer, SegmentIdSet seeded, List<RoundAccounting> complete,
            List<UnreadableRound> unreadable, Optional<UnreadableRound> inProgress, Map<Integer, List<String>> problems) {
        Set<Integer> completeRounds = new HashSet<>();
        Map<Integer, String> seededFiles = new HashMap<>();
        complete.forEach(r -> {
            completeRounds.add(r.round());
            seededFiles.put(r.round(), r.metricsFile().replace(".json", "-seeded.txt"));
        });
        Set<Integer> expected = new HashSet<>();
        unreadable.forEach(r -> expected.add(r.round()));
        inProgress.ifPresent(r -> expected.add(r.round()));
        long[] unknown = new long[1];
        List<String> examples = new ArrayList<>();
        peer.ids().forEachNotIn(seeded, id -> {
            int round = SegmentId.roundOf(id);
            if (expected.contains(round)) {
                return;
            }
            unknown[0]++;
            if (examples.size() < EXAMPLES) {
                examples.add(id);
            }
            if (completeRounds.contains(round)) {
                problems.computeIfAbsent(round, r -> new ArrayList<>()).add(PeerReceipts.FILE + " holds " + id
                        + ", which " + seededFiles.get(round) + " does not list");
            }
        });
        return new Receipts(peer.receipts(), unknown[0], examples, peer.duplicates(), peer.duplicateExamples());
    }

    /** Names each id a list holds more than once. */
    private static void repeated(String list, List<String> ids, List<String> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new java.util.TreeSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                twice.add(id);
            }
        });
        twice.forEach(id -> problems.add(list + " lists " + id + " more than once"));
    }

    private static Set<String> ids(DeadletterList list) {
        Set<String> ids = new HashSet<>();
        list.entries().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static <T> Loaded<T> mismatch(String file, String detail) {
        return new Loaded.Missing<>(file, Loaded.MissingReason.SCHEMA_MISMATCH, detail);
    }
}

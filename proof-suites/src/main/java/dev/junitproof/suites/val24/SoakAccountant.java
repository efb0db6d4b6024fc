package dev.junitproof.suites.val24;

import dev.junitproof.api.DirectoryEntry;
import dev.junitproof.api.EvidenceReader;
import dev.junitproof.api.Loaded;

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
import java.util.TreeSet;

/**
 * Reads a soak directory and recomputes its accounting. One pass over the rounds, in order: each round's files
 * are read, checked against the peer's receipts and dropped, so memory grows with the number of rounds (one
 * small record each, plus one bit per seeded id), never with the files' sizes.
 */
final class SoakAccountant {

    static final String SOAK_FILE = "soak.json";
    private static final String SCHEMAS = "/dev/junitproof/suites/val24/";
    static final String SOAK_SCHEMA = SCHEMAS + "soak.schema.json";
    static final String ROUND_SCHEMA = SCHEMAS + "round.schema.json";
    static final String DEADLETTER_SCHEMA = SCHEMAS + "deadletter.schema.json";
    static final String RETRY_SCHEMA = SCHEMAS + "retry.schema.json";
    private static final int EXAMPLES = 5;

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
        Loaded<PeerReceipts> peer = PeerReceipts.read(reader, base + PeerReceipts.FILE);
        if (!(peer instanceof Loaded.Present<PeerReceipts> receipts)) {
            return peer.map(p -> null);
        }
        return new Loaded.Present<>(base + SOAK_FILE,
                accountRounds(parameters, started, receipts.value()));
    }

    private SoakAccounting accountRounds(SoakParameters parameters, OffsetDateTime started, PeerReceipts peer) {
        int newest = roundNumbers().stream().mapToInt(Integer::intValue).max().orElse(0);
        int perDay = parameters.roundsPerDay();
        SegmentIdSet seeded = new SegmentIdSet();
        Map<String, Integer> unschemedSeeded = new HashMap<>();
        List<RoundAccounting> complete = new ArrayList<>();
        List<UnreadableRound> unreadable = new ArrayList<>();
        Optional<UnreadableRound> inProgress = Optional.empty();
        Set<String> lastDeadletter = Set.of();
        RoundKind previousKind = null;
        Map<Integer, List<String>> laterProblems = new LinkedHashMap<>();
        for (int round = 1; round <= newest; round++) {
            Loaded<RoundData> read = readRound(new RoundFiles(base, round));
            int day = (round - 1) / perDay + 1;
            if (read instanceof Loaded.Missing<RoundData> missing) {
                UnreadableRound broken = new UnreadableRound(round, day, missing.file(), missing.detail());
                if (round == newest) {
                    inProgress = Optional.of(broken);
                } else {
                    unreadable.add(broken);
                }
                previousKind = null;
                continue;
            }
            RoundData data = ((Loaded.Present<RoundData>) read).value();
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
            lastDeadletter = data.deadletterIds();
            complete.add(RoundAccounting.of(data, peer.ids(), perDay));
        }
        Map<Integer, List<String>> laterLost = globalLoss(seeded, unschemedSeeded, peer.ids(), lastDeadletter);
        Receipts receipts = receipts(peer, seeded, complete, unreadable, inProgress, laterProblems);
        List<RoundAccounting> rounds = new ArrayList<>(complete.size());
        for (RoundAccounting r : complete) {
            rounds.add(r.with(laterLost.getOrDefault(r.round(), List.of()), laterProblems.getOrDefault(r.round(), List.of())));
        }
        return new SoakAccounting(parameters, started.toInstant(), started.toLocalDate(), rounds, unreadable,
                inProgress, receipts);
    }

    /** The rounds that have at least one file in {@code rounds/}. */
    private Set<Integer> roundNumbers() {
        Set<Integer> numbers = new TreeSet<>();
        for (DirectoryEntry entry : reader.list(base + "rounds")) {
            int round = RoundFiles.roundOf(entry.name());
            if (round > 0 && !entry.directory()) {
                numbers.add(round);
            }
        }
        return numbers;
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
        }
        // Streamed (the reader digests it without holding it); only its size is reported, an absent log is -1.
        long logBytes = reader.stream(files.edgedLog(), in -> { }).optional().orElse(-1L);
        return new Loaded.Present<>(files.metrics(), new RoundData(files, own.value(), startedAt, kind, seeded,
                ids(atEnd.value()), before, sweep, logBytes));
    }

    /**
     * Seeded ids that neither the peer received nor the last round's deadletter list holds, by round. This also
     * catches an id that was deadlettered at its round's end and later vanished from the list without arriving.
     */
    private static Map<Integer, List<String>> globalLoss(SegmentIdSet seeded, Map<String, Integer> unschemed,
            SegmentIdSet received, Set<String> lastDeadletter) {
        Map<Integer, List<String>> lost = new HashMap<>();
        seeded.forEach(id -> {
            if (!received.contains(id) && !lastDeadletter.contains(id)) {
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
        peer.ids().forEach(id -> {
            if (seeded.contains(id)) {
                return;
            }
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

    private static Set<String> ids(DeadletterList list) {
        Set<String> ids = new HashSet<>();
        list.entries().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static <T> Loaded<T> mismatch(String file, String detail) {
        return new Loaded.Missing<>(file, Loaded.MissingReason.SCHEMA_MISMATCH, detail);
    }
}

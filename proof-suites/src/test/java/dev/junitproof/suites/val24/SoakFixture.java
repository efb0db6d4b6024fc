package dev.junitproof.suites.val24;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes VAL24 soak directories the way the lab's round script would. Defaults are the seed's §11 sample:
 * 1,440 rounds of 10 segments every 30 minutes, an outage every 48 rounds (rounds 47, 95, … 1439) with its
 * recovery the next round, 38 segments deadlettered by the 30 outages and 6 clean-round misses, all 44 retried
 * and recovered: 14,400 seeded, 14,356 delivered, 44 deadletter, 0 lost, clean delivery rate 0.9996.
 *
 * <p>Each deviation is one call: {@link #rounds}, {@link #silentLoss}, {@link #lyingRound},
 * {@link #unrecoverable}, {@link #cleanMisses}, {@link #halfWrittenRound}, ...
 */
public final class SoakFixture {

    public static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private int rounds = 1440;
    private int roundsTarget = 1440;
    private int intervalMin = 30;
    private int perRound = 10;
    private int outageEvery = 48;
    private int firstOutage = 47;
    private int cleanMisses = 6;
    private final Map<Integer, Integer> silentLoss = new TreeMap<>();
    private final Set<Integer> lies = new HashSet<>();
    private final Set<String> unrecoverable = new HashSet<>();
    private int unrecoverableOutages;
    private boolean halfWritten;
    private final List<String> unknownReceipts = new ArrayList<>();
    private final Set<Integer> duplicateRounds = new HashSet<>();
    private final Set<Integer> missingSeededFile = new HashSet<>();

    public static SoakFixture seedSample() {
        return new SoakFixture();
    }

    /** Completed rounds written (the soak so far). */
    public SoakFixture rounds(int rounds) {
        this.rounds = rounds;
        return this;
    }

    /** Whole soak days of completed rounds (48 per day at the default interval). */
    public SoakFixture days(int days) {
        return rounds(days * 24 * 60 / intervalMin);
    }

    /**
     * Minutes between rounds (the seed's 30 by default). A longer interval makes a short soak of whole days: at 240
     * minutes a day is 6 rounds, so a week is 42 rounds, which keeps evidence mutation testing fast.
     */
    public SoakFixture intervalMinutes(int minutes) {
        this.intervalMin = minutes;
        return this;
    }

    /** Rounds between outage injections (the seed's 48, one a day at 30-minute rounds). */
    public SoakFixture outageEvery(int rounds) {
        this.outageEvery = rounds;
        return this;
    }

    public SoakFixture roundsTarget(int target) {
        this.roundsTarget = target;
        return this;
    }

    public SoakFixture firstOutage(int round) {
        this.firstOutage = round;
        return this;
    }

    /** Clean-round transient misses over the whole planned soak (deadlettered, retried by the next recovery). */
    public SoakFixture cleanMisses(int misses) {
        this.cleanMisses = misses;
        return this;
    }

    /** {@code count} segments of a round vanish: neither the peer nor the deadletter list has them. */
    public SoakFixture silentLoss(int round, int count) {
        silentLoss.put(round, count);
        return this;
    }

    /**
     * A lying round: one of its segments is deadlettered (nothing is lost), yet its own figures claim every
     * segment delivered and none deadlettered.
     */
    public SoakFixture lyingRound(int round) {
        lies.add(round);
        return this;
    }

    /** In the first {@code outages} outage rounds, one deadlettered segment never recovers when retried. */
    public SoakFixture unrecoverable(int outages) {
        this.unrecoverableOutages = outages;
        return this;
    }

    /** One more round, still being written: its seeded list and log exist, its metrics file not yet. */
    public SoakFixture halfWrittenRound() {
        this.halfWritten = true;
        return this;
    }

    /** A receipt for an id no round seeded. */
    public SoakFixture unknownReceipt(String id) {
        unknownReceipts.add(id);
        return this;
    }

    /** The peer receives every segment of this round twice. */
    public SoakFixture duplicateReceipts(int round) {
        duplicateRounds.add(round);
        return this;
    }

    /** A past round whose seeded list is missing. */
    public SoakFixture withoutSeededFile(int round) {
        missingSeededFile.add(round);
        return this;
    }

    public boolean isOutage(int round) {
        return round >= firstOutage && (round - firstOutage) % outageEvery == 0;
    }

    public boolean isRecovery(int round) {
        return round > firstOutage && isOutage(round - 1);
    }

    /** How many segments the n-th outage (0-based) deadletters: 2 for the first 8, then 1 (38 over 30). */
    private static int outageDeadletters(int index) {
        return index < 8 ? 2 : 1;
    }

    /** The clean rounds (round 1 excluded) that miss one segment, spread evenly over the planned soak. */
    private Set<Integer> missRounds() {
        List<Integer> clean = new ArrayList<>();
        for (int r = 2; r <= roundsTarget; r++) {
            if (!isOutage(r) && !isRecovery(r)) {
                clean.add(r);
            }
        }
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < cleanMisses; i++) {
            picked.add(clean.get((int) ((long) i * clean.size() / cleanMisses)));
        }
        return picked;
    }

    /** Writes the soak under {@code parent} as {@code val24-relay-soak-2026-03-01/} and returns it. */
    public Path writeTo(Path parent) {
        return writeTo(parent, "val24-relay-soak-2026-03-01");
    }

    public Path writeTo(Path parent, String name) {
        Path dir = parent.resolve(name);
        write(dir.resolve("soak.json"), "{\n  \"soak_id\": \"" + name + "\",\n  \"started_at\": \"" + START + "\",\n"
                + "  \"round_interval_min\": " + intervalMin + ",\n  \"segments_per_round\": " + perRound + ",\n"
                + "  \"segment_bytes\": 64,\n  \"rounds_target\": " + roundsTarget + ",\n"
                + "  \"outage_every_rounds\": " + outageEvery + ",\n  \"max_retry_count\": 3\n}\n");
        Set<Integer> misses = missRounds();
        Map<String, Instant> deadletter = new LinkedHashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        List<String[]> receipts = new ArrayList<>();
        int outageIndex = 0;
        for (int r = 1; r <= rounds; r++) {
            Instant started = START.plusSeconds((long) (r - 1) * intervalMin * 60);
            Instant received = started.plusSeconds(12);
            String kind = isOutage(r) ? "outage" : isRecovery(r) ? "recovery" : "clean";
            String stem = String.format("rounds/r%06d", r);
            List<String> retried = new ArrayList<>();
            List<String> recovered = new ArrayList<>();
            if (kind.equals("recovery")) {
                write(dir.resolve(stem + "-deadletter-before.json"), deadletterJson(deadletter, attempts));
                for (String id : List.copyOf(deadletter.keySet())) {
                    retried.add(id);
                    if (!unrecoverable.contains(id)) {
                        recovered.add(id);
                        deadletter.remove(id);
                        receipts.add(new String[]{id, started.plusSeconds(5).toString()});
                    } else {
                        attempts.merge(id, 3, Integer::sum);
                    }
                }
                write(dir.resolve(stem + "-retry.json"), "{\n  \"retried\": " + array(retried) + ",\n  \"recovered\": "
                        + array(recovered) + "\n}\n");
            }
            int deadlettered = kind.equals("outage") ? outageDeadletters(outageIndex) : misses.contains(r) ? 1 : 0;
            if (lies.contains(r)) {
                deadlettered = Math.max(deadlettered, 1);
            }
            int lost = silentLoss.getOrDefault(r, 0);
            StringBuilder seeded = new StringBuilder();
            int delivered = 0;
            for (int i = 0; i < perRound; i++) {
                String id = SegmentId.of(r, i);
                seeded.append(id).append('\n');
                if (i >= perRound - deadlettered) {
                    deadletter.put(id, started);
                    attempts.put(id, 3);
                    if (kind.equals("outage") && outageIndex < unrecoverableOutages && i == perRound - 1) {
                        unrecoverable.add(id);
                    }
                } else if (i >= perRound - deadlettered - lost) {
                    continue;
                } else {
                    delivered++;
                    receipts.add(new String[]{id, received.toString()});
                    if (duplicateRounds.contains(r)) {
                        receipts.add(new String[]{id, received.plusSeconds(1).toString()});
                    }
                }
            }
            if (kind.equals("outage")) {
                outageIndex++;
            }
            if (!missingSeededFile.contains(r)) {
                write(dir.resolve(stem + "-seeded.txt"), seeded.toString());
            }
            write(dir.resolve(stem + "-deadletter.json"), deadletterJson(deadletter, attempts));
            write(dir.resolve(stem + "-edged.log"), started + " edged started (round " + r + ", proxy "
                    + (kind.equals("outage") ? "outage" : "clean") + ")\n" + received + " round complete\n");
            long[] figures = lies.contains(r) ? new long[]{perRound, perRound, 0, 0}
                    : new long[]{perRound, delivered, deadlettered, lost};
            write(dir.resolve(stem + ".json"), "{\n  \"round\": " + r + ",\n  \"started_at\": \"" + started + "\",\n"
                    + "  \"kind\": \"" + kind + "\",\n  \"proxy_mode\": \"" + (kind.equals("outage") ? "outage" : "clean")
                    + "\",\n  \"seeded\": " + figures[0] + ",\n  \"delivered\": " + figures[1] + ",\n  \"deadletter\": "
                    + figures[2] + ",\n  \"loss\": " + figures[3] + ",\n  \"duration_ms\": 61234,\n  \"retried\": "
                    + retried.size() + ",\n  \"recovered\": " + recovered.size() + "\n}\n");
        }
        if (halfWritten) {
            int r = rounds + 1;
            String stem = String.format("rounds/r%06d", r);
            Instant started = START.plusSeconds((long) (r - 1) * intervalMin * 60);
            StringBuilder seeded = new StringBuilder();
            for (int i = 0; i < perRound; i++) {
                seeded.append(SegmentId.of(r, i)).append('\n');
                if (i < 4) {
                    receipts.add(new String[]{SegmentId.of(r, i), started.plusSeconds(12).toString()});
                }
            }
            write(dir.resolve(stem + "-seeded.txt"), seeded.toString());
            write(dir.resolve(stem + "-edged.log"), started + " edged started (round " + r + ")\n");
        }
        unknownReceipts.forEach(id -> receipts.add(new String[]{id, START.toString()}));
        StringBuilder peer = new StringBuilder("{\n  \"received\": [");
        for (int i = 0; i < receipts.size(); i++) {
            peer.append(i == 0 ? "\n" : ",\n").append("    {\"id\": \"").append(receipts.get(i)[0])
                    .append("\", \"received_at\": \"").append(receipts.get(i)[1]).append("\"}");
        }
        peer.append(receipts.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        write(dir.resolve("peer-received.json"), peer.toString());
        return dir;
    }

    private static String deadletterJson(Map<String, Instant> deadletter, Map<String, Integer> attempts) {
        if (deadletter.isEmpty()) {
            return "{\n  \"entries\": []\n}\n";
        }
        StringBuilder sb = new StringBuilder("{\n  \"entries\": [");
        boolean first = true;
        for (String id : deadletter.keySet()) {
            sb.append(first ? "\n" : ",\n").append("    {\"id\": \"").append(id).append("\", \"attempts\": ")
                    .append(attempts.getOrDefault(id, 3)).append(", \"last_error\": \"dial tcp 127.0.0.1:19061: connect: connection refused\"}");
            first = false;
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static String array(List<String> ids) {
        if (ids.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(ids.get(i)).append('"');
        }
        return sb.append(']').toString();
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.junitproof.suites.val27;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixture generator for VAL27 evidence roots. The defaults are a passing campaign (the figures of the seed's
 * targets: S-A 200 delivered, S-B 6 + 4 = 10, Group R 4/4, Group U 4/4, VAL23 4/4, 5/5, 2/6, 6/6, T1..T5 zero
 * loss), five directories dated 2026-03-20 whose files are all modified at {@link #CAMPAIGN}, and no soak.
 * Every field can be varied in one line: {@code set(VAL21, "/sb/delivered", 5)}, {@code failCheck(VAL19, 4)},
 * {@code modified(VAL23, CAMPAIGN.plus(7, DAYS))}, {@code without(VAL22)}, {@code soak(SoakFixture.finalPass())}.
 */
public final class RelayFixture {

    /** When the default campaign's files were written. */
    public static final Instant CAMPAIGN = Instant.parse("2026-03-20T10:00:00Z");
    public static final String DATE = "2026-03-20";

    private static final Map<RelaySlice, List<String>> CHECK_NAMES = Map.of(
            RelaySlice.VAL19, List.of("outage_all_deadletter", "outage_within_retry_budget", "bandwidth_1mbps_delivered",
                    "bandwidth_10mbps_delivered", "bandwidth_10mbps_faster", "latency_200ms_delivered",
                    "latency_500ms_delivered", "cutoff_retry_triggered", "cutoff_delivered", "proxy_restored_clean"),
            RelaySlice.VAL20, List.of("t1_warmup_zero_loss", "t2_baseline_zero_loss", "t2_sps_sanity",
                    "t3_scheduler_zero_loss", "t4_large_zero_loss", "t5_constrained_zero_loss", "t5_constrained_bps",
                    "queue_monotonic", "queue_drained", "metrics_recorded"),
            RelaySlice.VAL21, List.of("sa_seeded_200", "sa_all_delivered", "sa_queue_drained", "sb_seeded_10",
                    "sb_eviction_triggered", "sb_accounting_exact", "sb_deadletter_listed", "sc_status_delivered",
                    "sc_status_within_0_4s", "no_silent_loss"),
            RelaySlice.VAL22, List.of("group_r_seeded", "group_r_retry_delivered", "group_r_rate_1_000",
                    "group_u_seeded", "group_u_redeadlettered", "group_u_max_retry_exhausted", "sigterm_clean",
                    "restart_ok", "boltdb_retention", "aggregate_rate_50pct"),
            RelaySlice.VAL23, List.of("sa_unlimited_delivered", "sa_unlimited_flag", "sb_rate_delivered",
                    "sb_throttled", "sc_quota_delivered", "sc_quota_dropped", "sd_hot_reload_delivered",
                    "sd_reload_applied_live", "counters_accurate", "se_daily_reset_unit_test"));

    private static final Map<RelaySlice, String> TITLES = Map.of(
            RelaySlice.VAL19, "Relay Impairment Validation",
            RelaySlice.VAL20, "Relay Throughput Benchmark",
            RelaySlice.VAL21, "Relay Queue Depth + Overflow",
            RelaySlice.VAL22, "Relay Deadletter Workflow",
            RelaySlice.VAL23, "Relay Bandwidth Management");

    private final Map<RelaySlice, ObjectNode> reports = new EnumMap<>(RelaySlice.class);
    private final Map<RelaySlice, String> dates = new EnumMap<>(RelaySlice.class);
    private final Map<RelaySlice, Instant> modified = new EnumMap<>(RelaySlice.class);
    private final Set<RelaySlice> omitted = EnumSet.noneOf(RelaySlice.class);
    private SoakFixture soak = SoakFixture.none();

    private RelayFixture() {
        for (RelaySlice slice : RelaySlice.values()) {
            reports.put(slice, envelope(slice));
            dates.put(slice, DATE);
            modified.put(slice, CAMPAIGN);
        }
        val19(reports.get(RelaySlice.VAL19));
        val20(reports.get(RelaySlice.VAL20));
        val21(reports.get(RelaySlice.VAL21));
        val22(reports.get(RelaySlice.VAL22));
        val23(reports.get(RelaySlice.VAL23));
    }

    /** The passing default campaign. */
    public static RelayFixture passing() {
        return new RelayFixture();
    }

    // ---- variations, one line each ---------------------------------------------------------------------------

    /** Sets a field of a slice report by JSON pointer, e.g. {@code set(VAL21, "/sb/delivered", 5)}. */
    public RelayFixture set(RelaySlice slice, String pointer, Object value) {
        setAt(reports.get(slice), pointer, value);
        return this;
    }

    /** Removes a field, for schema mismatches. */
    public RelayFixture remove(RelaySlice slice, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        ((ObjectNode) reports.get(slice).at(p.head())).remove(p.last().getMatchingProperty());
        return this;
    }

    /** Makes the slice's check {@code n} (1-based) FAIL. */
    public RelayFixture failCheck(RelaySlice slice, int n) {
        ((ObjectNode) reports.get(slice).withArray("checks").get(n - 1)).put("result", "FAIL");
        return this;
    }

    /** Drops the slice's last check: a truncated run. */
    public RelayFixture truncateChecks(RelaySlice slice) {
        ArrayNode checks = reports.get(slice).withArray("checks");
        checks.remove(checks.size() - 1);
        return this;
    }

    public RelayFixture without(RelaySlice slice) {
        omitted.add(slice);
        return this;
    }

    /** Modification time of the slice's report file and directory. */
    public RelayFixture modified(RelaySlice slice, Instant time) {
        modified.put(slice, time);
        return this;
    }

    public RelayFixture date(RelaySlice slice, String date) {
        dates.put(slice, date);
        return this;
    }

    public RelayFixture soak(SoakFixture soak) {
        this.soak = soak;
        return this;
    }

    /** A copy of a slice report tree as it would be written, e.g. to write an older run next to the chosen one. */
    public ObjectNode report(RelaySlice slice) {
        return reports.get(slice).deepCopy();
    }

    public static String dirName(RelaySlice slice, String date) {
        return slice.prefix() + date;
    }

    public String dirName(RelaySlice slice) {
        return dirName(slice, dates.get(slice));
    }

    /** Writes the evidence root's slice directories (and soak) under {@code root}; returns {@code root}. */
    public Path writeTo(Path root) {
        for (RelaySlice slice : RelaySlice.values()) {
            if (!omitted.contains(slice)) {
                writeSlice(root, dirName(slice), slice, reports.get(slice), modified.get(slice));
            }
        }
        soak.writeTo(root);
        return root;
    }

    /** Writes one slice directory with its report, both modified at {@code time}. */
    public static Path writeSlice(Path root, String dirName, RelaySlice slice, JsonNode report, Instant time) {
        Path dir = root.resolve(dirName);
        Path file = JsonFixtures.write(dir.resolve(slice.file()), report);
        JsonFixtures.touch(file, time);
        JsonFixtures.touch(dir, time);
        return dir;
    }

    // ---- defaults ------------------------------------------------------------------------------------------

    private static ObjectNode envelope(RelaySlice slice) {
        ObjectNode report = JsonFixtures.object();
        report.put("val", slice.name());
        report.put("title", TITLES.get(slice));
        report.put("generated_at", DATE + "T10:00:00Z");
        ArrayNode checks = report.putArray("checks");
        List<String> names = CHECK_NAMES.get(slice);
        for (int n = 1; n <= names.size(); n++) {
            ObjectNode check = checks.addObject();
            check.put("id", String.format("%s-%02d", slice.name(), n));
            check.put("name", names.get(n - 1));
            check.put("result", "PASS");
        }
        return report;
    }

    private static void val19(ObjectNode r) {
        ObjectNode s = r.putObject("scenarios");
        ObjectNode outage = s.putObject("outage");
        outage.put("seeded", 5).put("deadletter", 5).put("elapsed_ms", 9412);
        s.putObject("bandwidth_1mbps").put("seeded", 5).put("delivered", 5).put("elapsed_ms", 2310).put("proxy_bytes", 4180);
        s.putObject("bandwidth_10mbps").put("seeded", 5).put("delivered", 5).put("elapsed_ms", 420).put("proxy_bytes", 4180);
        s.putObject("latency_200ms").put("seeded", 5).put("delivered", 5).put("elapsed_ms", 1260);
        s.putObject("latency_500ms").put("seeded", 5).put("delivered", 5).put("elapsed_ms", 3140);
        s.putObject("cutoff").put("seeded", 5).put("delivered", 5).put("retry_triggered", true);
        r.putObject("config").put("max_retry", 3).put("dial_timeout_s", 5).put("ack_timeout_s", 5);
    }

    private static void val20(ObjectNode r) {
        ArrayNode tiers = r.putArray("tiers");
        tier(tiers, "T1", "warmup", 1, 64, 26.2, 38.2, 2444.8, null, null);
        tier(tiers, "T2", "baseline", 10, 64, 71.0, 140.8, 9011.3, null, null);
        tier(tiers, "T3", "scheduler", 100, 64, 612.5, 163.3, 10449.0, null, null);
        tier(tiers, "T4", "large", 10, 131072, 95.0, 105.3, 13797052.6, null, null);
        tier(tiers, "T5", "constrained", 10, 131072, 10840.0, 0.9, 120915.1, "1mbps", 120915.1);
    }

    private static void tier(ArrayNode tiers, String tier, String name, int segments, long bytes, double elapsedMs,
            double sps, double bps, String proxy, Double constrained) {
        ObjectNode t = tiers.addObject();
        t.put("tier", tier).put("name", name).put("segments", segments).put("segment_bytes", bytes)
                .put("delivered", segments).put("lost", 0).put("zero_loss", true).put("elapsed_ms", elapsedMs)
                .put("segs_per_sec", sps).put("bytes_per_sec", bps);
        if (proxy == null) {
            t.putNull("proxy");
        } else {
            t.put("proxy", proxy);
        }
        if (constrained != null) {
            t.put("constrained_bps", constrained);
        }
    }

    private static void val21(ObjectNode r) {
        r.putObject("sa").put("seeded", 200).put("delivered", 200).put("drain_ms", 1840);
        r.putObject("sb").put("seeded", 10).put("delivered", 6).put("deadletter", 4).put("accounted", 10).put("evicted", 4);
        r.putObject("sc").put("delivered", 10).put("status_delivered", 10).put("status_lag_s", 0.2);
    }

    private static void val22(ObjectNode r) {
        r.put("group_r_entries", 4).put("group_r_delivered", 4).put("group_r_retry_rate", 1.0)
                .put("group_u_entries", 4).put("group_u_redeadlettered", 4);
        r.putObject("retention").put("entries_before", 8).put("entries_after_restart", 8);
        r.put("aggregate_retry_rate", 0.5);
    }

    private static void val23(ObjectNode r) {
        ObjectNode s = r.putObject("scenarios");
        s.putObject("sa_unlimited").put("seeded", 4).put("delivered", 4).put("expected", 4).put("unlimited", true);
        s.putObject("sb_rate_only").put("seeded", 5).put("delivered", 5).put("expected", 5)
                .put("throttle_count", 6).put("quota_drop_count", 0);
        s.putObject("sc_quota_only").put("seeded", 6).put("delivered", 2).put("expected", 2)
                .put("throttle_count", 0).put("quota_drop_count", 4);
        s.putObject("sd_hot_reload").put("seeded", 6).put("delivered", 6).put("expected", 6);
        r.putObject("se_daily_reset").put("unit_test", "TestBandwidthLimiter_DailyQuota_ResetsAfter24h").put("result", "PASS");
        r.put("fails", 0);
    }

    /** Sets a value at a JSON pointer, creating nothing: the field's parent must exist. */
    static void setAt(ObjectNode tree, String pointer, Object value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(p.head());
        JsonNode node = JsonFixtures.MAPPER.valueToTree(value);
        if (parent instanceof ArrayNode array) {
            array.set(p.last().getMatchingIndex(), node);
        } else {
            ((ObjectNode) parent).set(p.last().getMatchingProperty(), node);
        }
    }

    /** Writes the default passing campaign as the committed sample: {@code examples/evidence/} (see SampleEvidenceTest). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../examples/evidence");
        Files.createDirectories(root);
        passing().writeTo(root);
    }

    static List<String> sliceDirNames() {
        List<String> names = new ArrayList<>();
        for (RelaySlice slice : RelaySlice.values()) {
            names.add(dirName(slice, DATE));
        }
        return names;
    }
}

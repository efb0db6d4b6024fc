package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The generator's default campaign: every check passes, Design Partner ready, GA and Public Production not yet. */
class Val27PassingCampaignTest {

    /** The report of the default fixture, line for line (the Evidence root line is the temp dir, compared apart). */
    static final String GOLDEN = """
            VAL27 — Relay Proof Report
            Generated: 2026-03-23T12:00:00Z
            Evidence root: <root>
            Environment:
            Relay: single edged process, one accumulating peer (no multi-peer)
            Impairment: local TCP impairment proxy (refused, throttled, delayed, RST cutoff)
            Persistence: BoltDB relay state, graceful SIGTERM only (no power-failure crash)
            Test suite: VAL19–VAL23 (5 standalone relay runners) + optional VAL24 30-day soak
            Evidence: one 7-day campaign window VAL27-WINDOW PASS (VAL19–VAL23 report mtimes span 0d 00:00:00 [target <= 7d 00:00:00])
            Note: All throughput and impairment figures are from controlled local runs on
            a single host. Figures marked ★ BETA are informational, not release thresholds.
            Evidence Directories:
            VAL19 val19-relay-impairment-2026-03-20 (passed over: none)
            VAL20 val20-relay-throughput-local-2026-03-20 (passed over: none)
            VAL21 val21-relay-overflow-local-2026-03-20 (passed over: none)
            VAL22 val22-relay-deadletter-local-2026-03-20 (passed over: none)
            VAL23 val23-relay-bandwidth-local-2026-03-20 (passed over: none)
            VAL24 no val24-relay-soak-YYYY-MM-DD directory
            Scenario Coverage:
            VAL19 Relay Impairment Validation PASS (10/10 checks)
            VAL20 Relay Throughput Benchmark PASS (10/10 checks)
            VAL21 Queue Depth + Overflow PASS (10/10 checks)
            VAL22 Deadletter Workflow PASS (10/10 checks)
            VAL23 Bandwidth Management PASS (10/10 checks)
            VAL24 30-Day Soak (optional) MISSING (no val24-relay-soak-YYYY-MM-DD directory under the evidence root)
            Network Scenarios (VAL19, TCP impairment proxy):
            Outage (TCP refused): 5/5 → DEADLETTER [target every seeded segment] PASS; elapsed=9,412 ms (informational)
            Outage retry budget: max_retry=3 [target = 3] PASS
            Bandwidth 1 Mbps: 5/5 delivered [target every seeded segment] PASS; elapsed=2,310 ms proxy_bytes=4,180 ★ BETA
            Bandwidth 10 Mbps: 5/5 delivered [target every seeded segment] PASS; elapsed=420 ms proxy_bytes=4,180 ★ BETA
            Latency 200 ms: 5/5 delivered [target every seeded segment] PASS; elapsed=1,260 ms (informational)
            Latency 500 ms: 5/5 delivered [target every seeded segment] PASS; elapsed=3,140 ms (informational)
            Latency dial_timeout=5 s [target = 5 s] PASS
            Latency ack_timeout=5 s [target = 5 s] PASS
            Cutoff (TCP RST mid-stream): 5/5 delivered retry_triggered=true [target retry triggered, every seeded segment delivered] PASS
            Throughput Tiers (VAL20, single host, zero loss is the target):
            Tiers: T1, T2, T3, T4, T5 [target T1..T5, each once] PASS
            T1 warmup 1 × 64 B: 1/1 delivered lost=0 zero_loss=true [target zero loss] PASS; 38.2 segs/sec 2,445 B/s ★ BETA
            T2 baseline 10 × 64 B: 10/10 delivered lost=0 zero_loss=true [target zero loss] PASS; 140.8 segs/sec 9,011 B/s ★ BETA
            T2 sanity: 140.8 segs/sec, T1 38.2 segs/sec [target T2 ≥ T1] PASS
            T3 scheduler 100 × 64 B: 100/100 delivered lost=0 zero_loss=true [target zero loss] PASS; 163.3 segs/sec 10,449 B/s ★ BETA
            T4 large 10 × 128 KB: 10/10 delivered lost=0 zero_loss=true [target zero loss] PASS; 105.3 segs/sec 13,797,053 B/s ★ BETA
            T5 constrained 10 × 128 KB, proxy 1mbps: 10/10 delivered lost=0 zero_loss=true [target zero loss] PASS; 0.9 segs/sec 120,915 B/s ★ BETA
            T5 constrained_bps=120,915 [target > 0 B/s] PASS
            Note: No hard segs/sec or bytes/sec floor is set in VAL20. Throughput figures are
            informational ★ BETA until recalibrated on production-representative hardware.
            Message-Loss Accounting (VAL21, recomputed from raw counts):
            S-A deep drain: 200/200 delivered [target sa.delivered == sa.seeded == 200] PASS; drain=1,840 ms (informational)
            S-B LRU eviction: delivered 6 + deadletter 4 = 10 accounted=10 seeded=10 [target == sb.accounted == sb.seeded == 10] PASS; evicted=4 (informational)
            S-C relay-status: delivered=10 status_delivered=10 [target both 10] PASS
            S-C status lag: 0.2 s [target <= 0.4 s] PASS
            Deadletter/Retry (VAL22):
            Group R (clean proxy): 4/4 delivered [target all 4] PASS
            Group R retry_rate=1.000 (recomputed 4/4=1.000) [target >= 1.000] PASS
            Group U (outage proxy): 4/4 re-deadlettered [target all 4] PASS
            BoltDB retention across SIGTERM+restart: 8/8 entries survived [target all] PASS
            Aggregate retry rate: 0.500 (recomputed 4/8=0.500) [target = 0.500, intentional — Group U always fails under outage] PASS
            Bandwidth Scenarios (VAL23):
            S-A unlimited: 4/4 delivered (lab expected 4) [target 4/4] PASS
            S-A unlimited=true [target true] PASS
            S-B rate-only (64 B/s): 5/5 delivered (lab expected 5) [target 5/5] PASS
            S-B throttle_count=6 [target >= 4] PASS
            S-B quota_drop_count=0 [target = 0] PASS
            S-C quota-only (128 B daily): 2/6 delivered + 4 dropped by quota (lab expected 2) [target 2/6, every other dropped] PASS
            S-C quota_drop_count=4 [target >= 4] PASS; throttle_count=0 (informational)
            S-D hot-reload (rate 8→0): 6/6 delivered (lab expected 6) [target 6/6] PASS
            S-E daily reset: TestBandwidthLimiter_DailyQuota_ResetsAfter24h [target TestBandwidthLimiter_DailyQuota_ResetsAfter24h passed] PASS (injected-clock unit test only) ★ BETA
            Lab fails: 0 [target = 0] PASS
            Soak Summary (VAL24, optional GA gate):
            Directory: no val24-relay-soak-YYYY-MM-DD directory
            Gate D (VAL27-SOAK): MISSING — no val24-relay-soak-YYYY-MM-DD directory under the evidence root
            Note: VAL24 is optional; its absence does not block Design Partner readiness.
            Beta-Marked Claims:
            ★ BETA Throughput figures (VAL20)
            Reason: Single-host local runs; production hardware differs
            Resolution: Rerun on production-representative hardware; set hard thresholds
            ★ BETA Bandwidth daily reset (VAL23 S-E)
            Reason: Validated by injected-clock unit test only
            Resolution: Run a live 24-hour lab OR accept unit-test coverage as approved exception
            ★ BETA Impairment throughput (VAL19)
            Reason: Informational proxy stats; no hard threshold
            Resolution: Define and measure SLA-grade throughput targets under impairment
            ★ BETA Relay 30-day soak (VAL24)
            Reason: Beta only until Gate D passes
            Resolution: Run and complete VAL24 soak
            10-Check Matrix:
            VAL27-01 PASS VAL19 impairment report found and all 10 checks pass
            val19 10/10 checks passed
            VAL27-02 PASS VAL20 throughput report found and all 10 checks pass
            val20 10/10 checks passed
            VAL27-03 PASS VAL21 overflow report found and all 10 checks pass
            val21 10/10 checks passed
            VAL27-04 PASS VAL22 deadletter workflow report found and all 10 checks pass
            val22 10/10 checks passed
            VAL27-05 PASS VAL23 bandwidth report found and all 10 checks pass
            val23 10/10 checks passed
            VAL27-06 PASS Zero message loss: VAL21 accounting exact + VAL22 zero silent loss
            4 of 4 checks passed (VAL21-sa, VAL21-sb, VAL22-group-r, VAL22-group-u)
            VAL27-07 PASS Throughput T2 baseline (10×64B) zero loss
            1 of 1 check passed (VAL20-T2)
            VAL27-08 PASS Deadletter retry Group R rate = 1.000
            1 of 1 check passed (VAL22-group-r-rate)
            VAL27-09 PASS All bandwidth scenarios deliver correct segments
            10 of 10 checks passed (VAL23-sa, VAL23-sa-unlimited, VAL23-sb, VAL23-sb-throttle, VAL23-sb-quota-drop, VAL23-sc, VAL23-sc-quota-drop, VAL23-sd, VAL23-se, VAL23-fails)
            VAL27-10 PASS Relay design partner readiness — all above pass and evidence coherent
            46 of 46 checks passed (VAL27-01..09, every figure check, VAL27-WINDOW)
            Overall: PASS=10 FAIL=0
            VAL27-SOAK MISSING VAL24 30-day soak Gate D (not counted in PASS/FAIL total)
            no val24-relay-soak-YYYY-MM-DD directory under the evidence root
            Known Failures and Limitations:
            Out of scope: Multi-peer relay (all tests use a single accumulating peer)
            Out of scope: BoltDB crash-consistency on power failure (graceful SIGTERM only)
            Out of scope: Concurrent edged processes sharing relay state
            Out of scope: WAN-latency impairment or inter-DC topology
            Out of scope: Production-representative hardware benchmarking
            Out of scope: 24-hour live daily-quota reset (validated by unit test only — see §4)
            Readiness Conclusion:
            RELAY DESIGN PARTNER READY ✓
            ✓ VAL19 all 10 checks pass, its figures meeting §4's targets
            ✓ VAL20 all 10 checks pass, its figures meeting §4's targets
            ✓ VAL21 all 10 checks pass, its figures meeting §4's targets
            ✓ VAL22 all 10 checks pass, its figures meeting §4's targets
            ✓ VAL23 all 10 checks pass, its figures meeting §4's targets
            ✓ Zero silent loss proven by explicit accounting: VAL21 sa.delivered == 200 and sb.delivered + sb.deadletter == sb.accounted == 10, plus VAL22 group_r_delivered == 4 and group_u_redeadlettered == 4
            ✓ VAL20 T2 baseline zero-loss
            ✓ VAL22 Group R retry rate = 1.000
            ✓ VAL23 all bandwidth scenarios pass
            ✓ VAL19–VAL23 evidence files fall within one 7-day campaign window
            VAL24 soak is NOT required for Design Partner readiness.
            RELAY GA READY ✗ (NOT YET)
            ✓ Relay Design Partner criteria (all ten) met
            ✗ VAL24 Gate D pass: rounds >= 1440, clean_delivery_rate >= 0.990, retry_recovery_rate >= 0.990, loss = 0 (VAL27-SOAK MISSING)
            ✗ Multi-peer relay validation (at least basic 2-peer delivery + isolation) (not shown by this evidence)
            ✗ VAL20 throughput recalibrated on production-representative hardware (not shown by this evidence)
            ✗ VAL23 S-E daily reset validated with live 24-hour run or approved exception (not shown by this evidence)
            RELAY PUBLIC PRODUCTION CLAIM ✗ (NOT YET)
            ✓ Relay Design Partner criteria (all ten) met
            ✗ VAL24 Gate D pass: rounds >= 1440, clean_delivery_rate >= 0.990, retry_recovery_rate >= 0.990, loss = 0 (VAL27-SOAK MISSING)
            ✗ Multi-peer relay validation (at least basic 2-peer delivery + isolation) (not shown by this evidence)
            ✗ VAL20 throughput recalibrated on production-representative hardware (not shown by this evidence)
            ✗ VAL23 S-E daily reset validated with live 24-hour run or approved exception (not shown by this evidence)
            ✗ BoltDB crash-consistency on power failure (not shown by this evidence)
            ✗ Multi-peer relay soaks with message isolation proof (not shown by this evidence)
            ✗ Production-grade observability: queue depth alerting, deadletter paging, bandwidth quota depletion notification (not shown by this evidence)
            Verdict: RELAY DESIGN PARTNER READY
            """;

    @Test
    void everyCheckPassesAndTheRelayIsDesignPartnerReady(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing());

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY DESIGN PARTNER READY");
        assertThat(run.message("VAL27-SOAK")).contains("no val24-relay-soak-YYYY-MM-DD directory");
    }

    @Test
    void theDefaultFixtureRendersTheGoldenReport(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing());

        String text = Val27Runs.text(run);
        assertThat(Val27Runs.line(run, "Evidence root: ")).isEqualTo("Evidence root: " + Val27Runs.root(tmp));
        assertThat(text.replace("Evidence root: " + Val27Runs.root(tmp), "Evidence root: <root>")).isEqualTo(GOLDEN);
    }

    @Test
    void gaIsAbortedNamingWhatIsMissing(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing());

        assertThat(run.message("RELAY_GA"))
                .contains("VAL24 Gate D pass")
                .contains("Multi-peer relay validation (at least basic 2-peer delivery + isolation)")
                .contains("VAL20 throughput recalibrated on production-representative hardware")
                .contains("VAL23 S-E daily reset validated with live 24-hour run or approved exception")
                .doesNotContain("Design Partner criteria");
        assertThat(run.message("RELAY_PUBLIC_PRODUCTION")).contains("BoltDB crash-consistency on power failure");
    }

    @Test
    void theJsonCarriesBetaClaimsWithReasonAndResolutionAndTheMatrix(@TempDir Path tmp) {
        JsonNode json = Val27Runs.json(Val27Runs.run(tmp, RelayFixture.passing()));

        assertThat(json.path("suite").asText()).isEqualTo("VAL27");
        assertThat(json.path("verdict").asText()).isEqualTo("RELAY DESIGN PARTNER READY");
        List<String> claims = new ArrayList<>();
        for (JsonNode claim : json.path("beta_claims")) {
            assertThat(claim.path("reason").asText()).isNotBlank();
            assertThat(claim.path("resolution").asText()).isNotBlank();
            claims.add(claim.path("claim").asText() + " " + claim.path("status").asText());
        }
        assertThat(claims).containsExactly("Throughput figures (VAL20) BETA", "Bandwidth daily reset (VAL23 S-E) BETA",
                "Impairment throughput (VAL19) BETA", "Relay 30-day soak (VAL24) BETA");
        // The JSON lists every check (slice, figure, window, matrix); the matrix ones are marked.
        List<String> checks = new ArrayList<>();
        json.path("checks").forEach(c -> {
            if (c.path("matrix").asBoolean()) {
                checks.add(c.path("id").asText() + " " + c.path("status").asText());
            }
        });
        assertThat(json.path("checks")).hasSize(Val27Runs.passing().size() - 3);
        assertThat(checks).containsExactly("VAL27-01 PASS", "VAL27-02 PASS", "VAL27-03 PASS", "VAL27-04 PASS",
                "VAL27-05 PASS", "VAL27-06 PASS", "VAL27-07 PASS", "VAL27-08 PASS", "VAL27-09 PASS", "VAL27-10 PASS",
                "VAL27-SOAK MISSING");
        assertThat(check(json, "VAL27-07").path("criterion").asText()).isEqualTo("val20 T2 tier zero_loss == true (VAL20-T2)");
        assertThat(check(json, "VAL27-SOAK").path("criterion").asText()).startsWith("soak_complete AND gate_d.overall == true");
        // A figure check carries its typed figure and target.
        assertThat(check(json, "VAL21-sc-lag").path("measured_value").asDouble()).isEqualTo(0.2);
        assertThat(check(json, "VAL21-sc-lag").path("target_value").asDouble()).isEqualTo(0.4);
        assertThat(check(json, "VAL21-sc-lag").path("comparator").asText()).isEqualTo("<=");
        assertThat(check(json, "VAL21-sc-lag").path("unit").asText()).isEqualTo("s");
        assertThat(json.path("overall").path("pass").asInt()).isEqualTo(10);
        assertThat(json.path("campaign_window").path("status").asText()).isEqualTo("PASS");
        assertThat(json.path("readiness").get(0).path("status").asText()).isEqualTo("READY");
    }

    private static JsonNode check(JsonNode json, String id) {
        for (JsonNode c : json.path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id);
    }

    @Test
    void everyBetaFigureIsMarkedWherePrinted(@TempDir Path tmp) {
        String text = Val27Runs.text(Val27Runs.run(tmp, RelayFixture.passing()));

        assertThat(text.lines().filter(l -> l.matches("T[1-5] \\w+ \\d+ × .*"))).hasSize(5).allMatch(l -> l.endsWith("★ BETA"));
        assertThat(text.lines().filter(l -> l.startsWith("Bandwidth 1")))
                .hasSize(2).allMatch(l -> l.endsWith("★ BETA"));
        assertThat(text.lines().filter(l -> l.startsWith("S-E daily reset"))).singleElement()
                .satisfies(l -> assertThat(l).endsWith("★ BETA"));
    }

    @Test
    void anIdeRerunOfOneCheckClaimsNoVerdict(@TempDir Path tmp) {
        Path root = RelayFixture.passing().writeTo(Val27Runs.root(tmp));

        ProofRunResult run = ProofRunner
                .selectUniqueId("[engine:proof]/[evidence:evidence]/[suite:VAL27]/[group:matrix]/[check:VAL27-10]")
                .config("proof.evidence", root.toString())
                .run(tmp.resolve("out"));

        // VAL27-10 evaluates VAL27-01..09 and the window truly, but only what ran is reported as run.
        assertThat(run.tests("VAL27")).containsExactly(entry("VAL27-10", Shown.PASSED));
        // A partial run's report is written beside the full one's name, never in its place.
        String partial = run.report(Val27Runs.ROOT, "val27-proof-report-partial.txt");
        assertThat(partial).contains("VAL27-01 NOT_RUN VAL19 impairment report found and all 10 checks pass\n")
                .contains("Overall: PASS=1 FAIL=0 NOT_RUN=9")
                .contains("Outage (TCP refused): 5/5 → DEADLETTER [target every seeded segment] NOT_RUN")
                .contains("RELAY DESIGN PARTNER READY — (NOT_RUN)")
                .contains("Verdict: PARTIAL RUN (");
    }

    @Test
    void theTreeNamesTheDirectoryUsedForEachSlice(@TempDir Path tmp) {
        ProofRunResult run = Val27Runs.run(tmp, RelayFixture.passing());

        assertThat(run.displayName("VAL21"))
                .isEqualTo("VAL21 Queue Depth + Overflow — val21-relay-overflow-local-2026-03-20 (passed over: none)");
        assertThat(run.displayName("VAL27-06"))
                .isEqualTo("VAL27-06 Zero message loss: VAL21 accounting exact + VAL22 zero silent loss");
        assertThat(run.displayName("VAL27-SOAK"))
                .isEqualTo("VAL27-SOAK VAL24 30-day soak Gate D (not counted in PASS/FAIL total)");
    }
}

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
            Evidence: single 7-day campaign window (VAL19–VAL23 report mtimes span 0d 00:00:00 <= 7d 00:00:00)
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
            Outage (TCP refused): 5/5 → DEADLETTER elapsed=9,412 ms (max_retry=3) PASS
            Bandwidth 1 Mbps: 5/5 delivered elapsed=2,310 ms proxy_bytes=4,180 ★ BETA
            Bandwidth 10 Mbps: 5/5 delivered elapsed=420 ms proxy_bytes=4,180 ★ BETA
            Latency 200 ms: 5/5 delivered elapsed=1,260 ms [dial_timeout=5 s / ack_timeout=5 s] PASS
            Latency 500 ms: 5/5 delivered elapsed=3,140 ms [dial_timeout=5 s / ack_timeout=5 s] PASS
            Cutoff (TCP RST mid-stream): 5/5 delivered retry_triggered=true PASS
            Throughput Tiers (VAL20, single host, zero loss is the target):
            T1 warmup 1 × 64 B: 1/1 delivered lost=0 zero_loss=true [target zero loss] PASS 38.2 segs/sec 2,445 B/s ★ BETA
            T2 baseline 10 × 64 B: 10/10 delivered lost=0 zero_loss=true [target zero loss; sps ≥ T1 sps] PASS 140.8 segs/sec 9,011 B/s ★ BETA
            T3 scheduler 100 × 64 B: 100/100 delivered lost=0 zero_loss=true [target zero loss] PASS 163.3 segs/sec 10,449 B/s ★ BETA
            T4 large 10 × 128 KB: 10/10 delivered lost=0 zero_loss=true [target zero loss] PASS 105.3 segs/sec 13,797,053 B/s ★ BETA
            T5 constrained 10 × 128 KB, proxy 1mbps: 10/10 delivered lost=0 zero_loss=true [target zero loss; constrained_bps > 0] PASS 0.9 segs/sec 120,915 B/s constrained_bps=120,915 ★ BETA
            Note: No hard segs/sec or bytes/sec floor is set in VAL20. Throughput figures are
            informational ★ BETA until recalibrated on production-representative hardware.
            Message-Loss Accounting (VAL21, recomputed from raw counts):
            S-A deep drain: 200/200 delivered drain=1,840 ms [target sa.delivered == 200] PASS
            S-B LRU eviction: delivered 6 + deadletter 4 = 10 accounted=10 seeded=10 evicted=4 [target == sb.accounted == 10] PASS
            S-C relay-status: delivered=10 status_delivered=10 lag=0.20 s [target == 10 within 0.4 s] PASS
            Deadletter/Retry (VAL22):
            Group R (clean proxy): 4/4 delivered retry_rate=1.000 (recomputed 1.000) [target = 1.000] PASS
            Group U (outage proxy): 4/4 re-deadlettered [target = 4] PASS
            BoltDB retention across SIGTERM+restart: 8/8 entries survived [target all] PASS
            Aggregate retry rate: 0.500 (recomputed 4/8=0.500; intentional — Group U always fails under outage)
            Bandwidth Scenarios (VAL23):
            S-A unlimited: 4/4 delivered (expected 4) unlimited=true PASS
            S-B rate-only (64 B/s): 5/5 delivered (expected 5) throttle_count=6 quota_drop_count=0 PASS
            S-C quota-only (128 B daily): 2/6 delivered (expected 2) quota_drop_count=4 PASS
            S-D hot-reload (rate 8→0): 6/6 delivered (expected 6) PASS
            S-E daily reset: TestBandwidthLimiter_DailyQuota_ResetsAfter24h PASS (injected-clock unit test only) ★ BETA
            Lab fails: 0
            Soak Summary (VAL24, optional GA gate):
            Directory: no val24-relay-soak-YYYY-MM-DD directory
            Gate D: MISSING — no val24-relay-soak-YYYY-MM-DD directory under the evidence root
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
            sa.delivered=200 sb.delivered+sb.deadletter=6+4=10 sb.accounted=10 group_r_delivered=4 group_u_redeadlettered=4
            VAL27-07 PASS Throughput T2 baseline (10×64B) zero loss
            T2 delivered=10/10 lost=0 zero_loss=true
            VAL27-08 PASS Deadletter retry Group R rate = 1.000
            group_r_retry_rate=1.000 (recomputed 4/4=1.000)
            VAL27-09 PASS All bandwidth scenarios deliver correct segments
            fails=0 delivered == expected in 4/4 scenarios, S-E PASS
            VAL27-10 PASS Relay design partner readiness — all above pass and evidence coherent
            VAL27-01..09 all PASS; VAL19–VAL23 report mtimes span 0d 00:00:00 <= 7d 00:00:00
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
            ✓ VAL19 all 10 checks pass
            ✓ VAL20 all 10 checks pass
            ✓ VAL21 all 10 checks pass
            ✓ VAL22 all 10 checks pass
            ✓ VAL23 all 10 checks pass
            ✓ Zero silent loss proven by explicit accounting: VAL21 sa.delivered == 200 and sb.delivered + sb.deadletter == sb.accounted == 10, plus VAL22 group_r_delivered == 4 and group_u_redeadlettered == 4
            ✓ VAL20 T2 baseline zero-loss
            ✓ VAL22 Group R retry rate = 1.000
            ✓ VAL23 all bandwidth scenarios pass
            ✓ VAL19–VAL23 evidence files fall within one 7-day campaign window
            VAL24 soak is NOT required for Design Partner readiness.
            RELAY GA READY ✗ (NOT YET)
            ✓ Relay Design Partner criteria (all ten) met
            ✗ VAL24 Gate D pass: rounds ≥ 1,440, clean_delivery_rate ≥ 0.990, retry_recovery_rate ≥ 0.990, loss = 0 (VAL27-SOAK MISSING)
            ✗ Multi-peer relay validation (at least basic 2-peer delivery + isolation) (not shown by this evidence)
            ✗ VAL20 throughput recalibrated on production-representative hardware (not shown by this evidence)
            ✗ VAL23 S-E daily reset validated with live 24-hour run or approved exception (not shown by this evidence)
            RELAY PUBLIC PRODUCTION CLAIM ✗ (NOT YET)
            ✓ Relay Design Partner criteria (all ten) met
            ✗ VAL24 Gate D pass: rounds ≥ 1,440, clean_delivery_rate ≥ 0.990, retry_recovery_rate ≥ 0.990, loss = 0 (VAL27-SOAK MISSING)
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
        List<String> checks = new ArrayList<>();
        json.path("checks").forEach(c -> checks.add(c.path("id").asText() + " " + c.path("status").asText()));
        assertThat(checks).containsExactly("VAL27-01 PASS", "VAL27-02 PASS", "VAL27-03 PASS", "VAL27-04 PASS",
                "VAL27-05 PASS", "VAL27-06 PASS", "VAL27-07 PASS", "VAL27-08 PASS", "VAL27-09 PASS", "VAL27-10 PASS",
                "VAL27-SOAK MISSING");
        assertThat(json.path("checks").get(6).path("criterion").asText()).isEqualTo("val20 T2 tier zero_loss == true");
        assertThat(json.path("checks").get(10).path("criterion").asText()).isEqualTo("soak_complete AND gate_d.overall == true");
        assertThat(json.path("overall").path("pass").asInt()).isEqualTo(10);
        assertThat(json.path("campaign_window").path("holds").asBoolean()).isTrue();
        assertThat(json.path("readiness").get(0).path("status").asText()).isEqualTo("READY");
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
        assertThat(Val27Runs.text(run)).contains("VAL27-01 NOT RUN VAL19 impairment report found and all 10 checks pass\n")
                .contains("Overall: PASS=1 FAIL=0 NOT RUN=9")
                .contains("RELAY DESIGN PARTNER READY — (NOT RUN)");
        assertThat(Val27Runs.verdict(run)).startsWith("Verdict: PARTIAL RUN (");
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

package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Comparator;
import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;

import java.time.Duration;

/**
 * Every target of the VAL27 seed (§4 metric definitions, §2 campaign window), defined once: the figure and matrix
 * checks judge with them, the readiness criteria name the checks that do, every report prints them. A figure the
 * seed calls informational (throughput, elapsed times, proxy bytes) has no target here and is printed without a
 * status. VAL24's Gate D targets are VAL24's own ({@link dev.junitproof.suites.val24.SoakTargets}).
 */
public final class RelayTargets {

    // ---- VAL19 network scenarios -----------------------------------------------------------------------------

    /** Outage: every segment reaches DEADLETTER after {@code max_retry=3}. */
    public static final Target MAX_RETRY = Target.equalTo(3, Unit.COUNT);
    /** Latency scenarios: delivery is confirmed within {@code dial_timeout=5 s / ack_timeout=5 s}. */
    public static final Target DIAL_TIMEOUT = Target.equalTo(5, Unit.SECONDS);
    public static final Target ACK_TIMEOUT = Target.equalTo(5, Unit.SECONDS);

    // ---- VAL20 throughput tiers ------------------------------------------------------------------------------

    /** Every tier loses nothing ({@code lost = 0}, every segment delivered). */
    public static final Target LOST = Target.equalTo(0, Unit.COUNT);
    /** T2's sanity: its segs/sec at least T1's (a target relative to the evidence: {@link #atLeastT1}). */
    public static final Unit SEGS_PER_SEC = Unit.of("segs/sec");
    /** T5, constrained by the 1 Mbps proxy, still moves bytes. */
    public static final Target CONSTRAINED_BPS = Target.greaterThan(0, Unit.of("B/s"));

    // ---- VAL21 queue depth and overflow ----------------------------------------------------------------------

    /** S-A: 200 × 64 B, all delivered. */
    public static final Target DEEP_DRAIN = Target.equalTo(200, Unit.COUNT);
    /** S-B: delivered + deadletter == accounted == 10. */
    public static final Target EVICTION_ACCOUNTED = Target.equalTo(10, Unit.COUNT);
    /** S-C: relay-status reports the 10 delivered ... */
    public static final Target STATUS_DELIVERED = Target.equalTo(10, Unit.COUNT);
    /** ... within 0.4 s. */
    public static final Target STATUS_LAG = Target.atMost(0.4, Unit.SECONDS).printed(Digits.decimals(1));

    // ---- VAL22 deadletter workflow ---------------------------------------------------------------------------

    /** Group R and Group U each hold 4 entries: R all delivered, U all re-deadlettered. */
    public static final Target GROUP_SIZE = Target.equalTo(4, Unit.COUNT);
    /** Group R (clean proxy) retry rate = 1.000. */
    public static final Target GROUP_R_RATE = Target.atLeast(1.0, Unit.RATE).printed(Digits.decimals(3));
    /** Aggregate retry rate 50 %: intentional, Group U always fails under outage. */
    public static final Target AGGREGATE_RATE = Target.equalTo(0.5, Unit.RATE).printed(Digits.decimals(3));
    /** A reported rate and the one recomputed from its counts may differ by rounding to three places, no more. */
    public static final double RATE_TOLERANCE = 0.0005;

    // ---- VAL23 bandwidth management (the scenarios' deliveries: BandwidthScenario) ----------------------------

    /** S-B rate-only: throttled at least 4 times ... */
    public static final Target THROTTLED = Target.atLeast(4, Unit.COUNT);
    /** ... and never dropped. */
    public static final Target RATE_ONLY_DROPS = Target.equalTo(0, Unit.COUNT);
    /** S-C quota-only: at least 4 segments dropped by the quota. */
    public static final Target QUOTA_DROPS = Target.atLeast(4, Unit.COUNT);
    /** VAL23's own count of failed scenarios. */
    public static final Target LAB_FAILS = Target.equalTo(0, Unit.COUNT);
    /** S-E: the injected-clock unit test the seed names (a beta claim). */
    public static final String DAILY_RESET_TEST = "TestBandwidthLimiter_DailyQuota_ResetsAfter24h";

    // ---- the campaign ----------------------------------------------------------------------------------------

    /** VAL19–VAL23's report files are modified within one 7-day window (7 days passes, 7 days + 1 s fails). */
    public static final Duration CAMPAIGN_WINDOW = Duration.ofDays(7);

    private RelayTargets() {
    }

    /** T2 sanity: {@code >= <T1 segs/sec>}. */
    static Target atLeastT1(double t1SegsPerSec) {
        return new Target(Comparator.AT_LEAST, t1SegsPerSec, SEGS_PER_SEC, Digits.decimals(1));
    }

    /** "every seeded segment": a figure that must equal what its own scenario seeded. */
    static Target all(long seeded) {
        return Target.equalTo(seeded, Unit.COUNT);
    }
}

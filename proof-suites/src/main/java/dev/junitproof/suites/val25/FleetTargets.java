package dev.junitproof.suites.val25;

import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;

/**
 * Every target the VAL25 seed gives a figure (§3), defined once: the figure checks judge with them, the readiness
 * criteria and matrix rows name them, and every report prints them from here. Workplan v1.2 figures.
 */
final class FleetTargets {

    static final Unit PLANS_PER_SEC = Unit.of("plans/sec");

    /** plan_create p50 ≤ 100 ms. */
    static final Target PLAN_CREATE_P50 = Target.atMost(100, Unit.MILLISECONDS);
    /** plan_create p95 ≤ 300 ms. */
    static final Target PLAN_CREATE_P95 = Target.atMost(300, Unit.MILLISECONDS);
    /** plan_create p99 ≤ 500 ms: the primary latency target, a design-partner criterion. */
    static final Target PLAN_CREATE_P99 = Target.atMost(500, Unit.MILLISECONDS);
    /** plan_list p99 ≤ 500 ms. */
    static final Target PLAN_LIST_P99 = Target.atMost(500, Unit.MILLISECONDS);
    /** Concurrent 5× wall ≤ 2,000 ms (the seed's report prints it {@code 2000}). */
    static final Target CONCURRENT_WALL = Target.atMost(2_000, Unit.MILLISECONDS);
    /** Concurrent 5×: five simultaneous plan creates, every one succeeded. */
    static final Target CONCURRENT_SUCCEEDED = Target.equalTo(5, Unit.COUNT);
    /** Sample count N = 20, fixed in the VAL07 runner. */
    static final Target SAMPLES = Target.equalTo(20, Unit.COUNT);

    /** N=100 errors = 0: VAL08's primary target. */
    static final Target N100_ERRORS = Target.equalTo(0, Unit.COUNT);
    /** N=100 wall time ≤ 30,000 ms. */
    static final Target N100_WALL = Target.atMost(30_000, Unit.MILLISECONDS).printed(Digits.GROUPED);

    /** Retry, rollback and aggregate batch success rates ≥ 0.990 (the aggregate is VAL10's primary target). */
    static final Target RETRY_RATE = Target.atLeast(0.990, Unit.RATE).printed(Digits.decimals(3));
    static final Target ROLLBACK_RATE = RETRY_RATE;
    static final Target AGGREGATE_RATE = RETRY_RATE;

    /** The 6-hour evidence window of one cli-audit-lab run (seed §2, contract). */
    static final java.time.Duration WINDOW = java.time.Duration.ofHours(6);

    private FleetTargets() {
    }

    /** N=100 ≥ N=1 plans/sec, the scaling sanity check: a target relative to the N=1 tier's own figure. */
    static Target scaling(double n1PlansPerSec) {
        return Target.atLeast(n1PlansPerSec, PLANS_PER_SEC).printed(Digits.decimals(2));
    }

    /** A latency as the lab reports it: one decimal ({@code 24.1 ms}). */
    static Measurement latency(double ms) {
        return Measurement.millis(ms);
    }

    /** A wall time as the seed prints it: whole milliseconds ({@code 142 ms}). */
    static Measurement wall(double ms) {
        return Measurement.of(ms, Unit.MILLISECONDS, Digits.INTEGER);
    }

    /** Throughput as the seed prints it: two decimals ({@code 78.05 plans/sec}). */
    static Measurement throughput(double plansPerSec) {
        return Measurement.of(plansPerSec, PLANS_PER_SEC, Digits.decimals(2));
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;

import java.util.List;
import java.util.TreeSet;

/**
 * VAL08's figures with a target in the seed (§3), one check each, and the tier list they are read from judged
 * whole: exactly the contract's tiers n = 1, 10, 50, 100, each once, in any order. A duplicated tier would make
 * "the N=100 tier" ambiguous, and a missing one leaves a figure unproven.
 */
final class ThroughputFigures {

    static final String TIERS = "VAL08-tiers";
    static final String N100_ERRORS = "VAL08-n100-errors";
    static final String N100_WALL = "VAL08-n100-wall";
    static final String SCALING = "VAL08-scaling";

    static final List<String> IDS = List.of(TIERS, N100_ERRORS, N100_WALL, SCALING);

    private static final String FILE = FleetSlices.VAL08.file();

    private final FleetEvidence evidence;

    ThroughputFigures(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    List<CheckSpec> checks() {
        return List.of(tiers(), n100Errors(), n100Wall(), scaling());
    }

    private CheckSpec tiers() {
        SourceRef source = SourceRef.of(FILE, "/tiers");
        String expected = "n = " + String.join(", ", Val08Report.TIER_NS.stream().map(String::valueOf).toList());
        return new CheckSpec(TIERS, "tiers " + expected + ", each once", source, check -> {
            check.source(source).target(expected + ", each once");
            Val08Report report = required(check);
            check.measured("n = " + String.join(", ", report.tiers().stream().map(t -> String.valueOf(t.n())).toList()));
            String problem = report.tierProblem();
            check.detail(problem);
            if (!problem.isEmpty()) {
                throw new AssertionError("VAL08 tiers in " + FILE + " /tiers: " + problem);
            }
        }).withCriterion("the tiers are exactly n = 1, 10, 50, 100, each once (contract), so every figure names one tier");
    }

    /** N=100 errors = 0, the tier's own count (VAL25-07 also needs every other tier error-free). */
    private CheckSpec n100Errors() {
        Target target = FleetTargets.N100_ERRORS;
        return new CheckSpec(N100_ERRORS, "N=100 errors " + target.text(), SourceRef.of(FILE, "/tiers"), check -> {
            check.target(target);
            int at = tier(check, 100);
            Tier tier = required(check).tiers().get(at);
            check.meets("errors at N=100", Measurement.count(tier.errors()), target,
                    SourceRef.of(FILE, "/tiers/" + at + "/errors"));
        });
    }

    private CheckSpec n100Wall() {
        Target target = FleetTargets.N100_WALL;
        return new CheckSpec(N100_WALL, "N=100 wall " + target.text(), SourceRef.of(FILE, "/tiers"), check -> {
            check.target(target);
            int at = tier(check, 100);
            Tier tier = required(check).tiers().get(at);
            check.meets("N=100 wall", FleetTargets.wall(tier.wallMs()), target,
                    SourceRef.of(FILE, "/tiers/" + at + "/wall_ms"));
        });
    }

    /** N=100 ≥ N=1 plans/sec: SQLite plateaus (linear scaling is no target), but more load must not mean less throughput. */
    private CheckSpec scaling() {
        return new CheckSpec(SCALING, "N=100 plans/sec >= N=1 plans/sec", SourceRef.of(FILE, "/tiers"), check -> {
            Tier baseline = required(check).tiers().get(tier(check, 1));
            int at = tier(check, 100);
            Tier primary = required(check).tiers().get(at);
            check.meets("N=100 throughput", FleetTargets.throughput(primary.plansPerSec()),
                    FleetTargets.scaling(baseline.plansPerSec()), SourceRef.of(FILE, "/tiers/" + at + "/plans_per_sec"));
        }).withCriterion("plans_per_sec of the N=100 tier >= plans_per_sec of the N=1 tier (scaling sanity check)");
    }

    /** The index of the one tier with this n, or the check fails saying there is none or more than one. */
    private int tier(CheckContext check, int n) {
        Val08Report report = required(check);
        List<Integer> at = report.indexesOf(n);
        if (at.size() != 1) {
            check.source(SourceRef.of(FILE, "/tiers")).measured(at.size() + " tiers with n=" + n)
                    .detail(at.isEmpty() ? "no N=" + n + " tier" : at.size() + " N=" + n + " tiers");
            throw new AssertionError(at.isEmpty() ? "no N=" + n + " tier in " + FILE + " /tiers"
                    : "an N=" + n + " tier recorded " + at.size() + " times in " + FILE + " /tiers (at "
                            + String.join(", ", new TreeSet<>(at).stream().map(i -> "/tiers/" + i).toList()) + ")");
        }
        return at.get(0);
    }

    private Val08Report required(CheckContext check) {
        return SliceMatrixChecks.required(evidence.val08(), evidence.slices().slice(FleetSlices.VAL08), check);
    }
}

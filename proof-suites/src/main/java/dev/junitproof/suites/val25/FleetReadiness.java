package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.suites.slices.ExternalRequirements;
import dev.junitproof.suites.slices.SeedWording;

import java.util.ArrayList;
import java.util.List;

/** The seed's three readiness levels (§4). Only Design Partner is reachable with VAL07–VAL11 evidence. */
final class FleetReadiness {

    static final String DESIGN_PARTNER = "DESIGN_PARTNER";
    static final String GA = "GA";
    static final String PUBLIC_PRODUCTION = "PUBLIC_PRODUCTION";

    static final List<Criterion> DESIGN_PARTNER_CRITERIA = List.of(
            // A slice passes only when its figures meet their targets and agree with its raw data too: its own
            // check list saying PASS never outvotes them.
            Criterion.checks("All five VAL07–VAL11 slices pass (zero failed checks each)", slicesPass()),
            Criterion.checks("plan_create p99 " + SeedWording.of(FleetTargets.PLAN_CREATE_P99) + " (VAL07)", "VAL25-06"),
            Criterion.checks("VAL08 primary N=100 scenario passes (VAL08-05)", "VAL25-07"),
            Criterion.checks("Rollback aggregate rate " + SeedWording.of(FleetTargets.AGGREGATE_RATE) + " (VAL10)", "VAL25-08"),
            Criterion.checks("Data durability after SIGTERM restart (VAL11)", "VAL25-09"),
            Criterion.checks("Evidence timestamps are coherent (single 6-hour evidence window)", FleetMatrix.WINDOW));

    static final List<String> GA_REQUIREMENTS = List.of(
            "PostgreSQL backend validation under equivalent load scenarios",
            "VAL12 30-day fleet soak: Gate D requires rollback rate ≥ 0.990 sustained over 1,440 rounds and fleet plan count ≥ 100 reached",
            "Multi-node HA cluster rollout delivery path validated");

    static final List<String> PUBLIC_REQUIREMENTS = List.of(
            "External security hardening audit",
            "SLA-grade observability and alerting validation",
            "Multi-region topology testing");

    private FleetReadiness() {
    }

    /** The slice rows, every figure check and the percentile verification: what "a slice passes" rests on. */
    private static String[] slicesPass() {
        List<String> ids = new ArrayList<>(FleetMatrix.SLICE_CHECKS);
        ids.addAll(FleetFigures.IDS);
        ids.add(FleetMatrix.VERIFY_07);
        return ids.toArray(String[]::new);
    }



    /** Every criterion with an id, for checking approvals.json. */
    static List<Criterion> identified() {
        List<Criterion> criteria = new ArrayList<>(ExternalRequirements.attested(GA, GA_REQUIREMENTS));
        criteria.addAll(ExternalRequirements.attested(PUBLIC_PRODUCTION, PUBLIC_REQUIREMENTS));
        return criteria;
    }

    static List<ReadinessLevel> levels() {
        Criterion designPartner = Criterion.checks("Design Partner Ready (VAL25-10)", "VAL25-10");
        List<Criterion> ga = new ArrayList<>();
        ga.add(designPartner);
        ga.addAll(ExternalRequirements.attested(GA, GA_REQUIREMENTS));
        List<Criterion> publicClaim = new ArrayList<>(ga);
        publicClaim.addAll(ExternalRequirements.attested(PUBLIC_PRODUCTION, PUBLIC_REQUIREMENTS));
        List<Criterion> dp = new ArrayList<>(DESIGN_PARTNER_CRITERIA);
        return List.of(
                new ReadinessLevel(DESIGN_PARTNER, "Design Partner Ready", dp),
                new ReadinessLevel(GA, "GA Ready", ga),
                new ReadinessLevel(PUBLIC_PRODUCTION, "Public Production Claim", publicClaim));
    }
}

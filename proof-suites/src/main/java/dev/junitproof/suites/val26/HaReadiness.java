package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.suites.slices.ExternalRequirements;
import dev.junitproof.suites.slices.SeedWording;

import java.util.ArrayList;
import java.util.List;

/** The seed's three HA readiness levels (§4). Only HA Design Partner is reachable with VAL13–VAL17 evidence. */
final class HaReadiness {

    static final String DESIGN_PARTNER = "HA_DESIGN_PARTNER";
    static final String GA = "HA_GA";
    static final String PUBLIC_PRODUCTION = "HA_PUBLIC_PRODUCTION";

    static final List<String> GA_REQUIREMENTS = List.of(
            "VAL18 30-day HA soak: Gate D requires ≥ 3 scheduled failovers, all failover_ms ≤ 10,000, data_continuity_rate = 1.000, HA uptime ≥ 99.9%",
            "Streaming-replication promotion failover: standby is promoted to primary and the cluster recovers under a real PostgreSQL HA configuration",
            "VAL14 alerting thresholds recalibrated against production write_lag");

    static final List<String> PUBLIC_REQUIREMENTS = List.of(
            "Multi-AZ or multi-region topology validation",
            "External security hardening audit covering HA auth surfaces",
            "Production-grade monitoring and alerting validation");

    private HaReadiness() {
    }


    /** Every criterion with an id, for checking approvals.json. */
    static List<Criterion> identified() {
        List<Criterion> criteria = new ArrayList<>(ExternalRequirements.attested(GA, GA_REQUIREMENTS));
        criteria.addAll(ExternalRequirements.attested(PUBLIC_PRODUCTION, PUBLIC_REQUIREMENTS));
        return criteria;
    }

    private static String[] slicesPass() {
        List<String> ids = new ArrayList<>(HaMatrix.SLICE_CHECKS);
        ids.addAll(HaFigures.IDS);
        return ids.toArray(String[]::new);
    }


    static List<ReadinessLevel> levels() {
        List<Criterion> designPartner = List.of(
                // A slice "passes" only when its figures agree with its all-PASS checks too (HaFigures).
                Criterion.checks("All five VAL13–VAL17 slices pass (zero failed checks each)", slicesPass()),
                Criterion.checks("SIGTERM failover " + SeedWording.of(HaTargets.FAILOVER) + " (VAL13-03)", "VAL26-06"),
                Criterion.checks("Zero data loss across failover (VAL13-04)", "VAL26-07"),
                Criterion.checks("Backup restore correctness verified (VAL15-06)", "VAL26-08"),
                Criterion.checks("Quorum loss detected within " + HaTargets.QUORUM_DETECTION.valueText()
                        + " ms AND writes blocked during loss (VAL17-02 + VAL17-03 + VAL17-04)", "VAL26-09"),
                Criterion.checks("Evidence timestamps fall within a single 6-hour evidence window", HaMatrix.WINDOW));
        List<Criterion> ga = new ArrayList<>();
        ga.add(Criterion.checks("HA Design Partner Ready (VAL26-10)", "VAL26-10"));
        ga.addAll(ExternalRequirements.attested(GA, GA_REQUIREMENTS));
        List<Criterion> publicClaim = new ArrayList<>(ga);
        publicClaim.addAll(ExternalRequirements.attested(PUBLIC_PRODUCTION, PUBLIC_REQUIREMENTS));
        return List.of(
                new ReadinessLevel(DESIGN_PARTNER, "HA Design Partner Ready", designPartner),
                new ReadinessLevel(GA, "HA GA Ready", ga),
                new ReadinessLevel(PUBLIC_PRODUCTION, "HA Public Production Claim", publicClaim));
    }
}

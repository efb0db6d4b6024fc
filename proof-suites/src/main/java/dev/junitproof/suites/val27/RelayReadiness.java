package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.ApprovalKind;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.suites.val24.SoakTargets;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's readiness levels (§5). Design Partner is provable from VAL19–VAL23 alone (VAL24 not required). GA
 * adds VAL24 Gate D, judged from VAL27-SOAK, and three requirements no relay evidence here can show: GA is reached
 * only when approvals.json records them (contract v1.1). Public Production adds three more.
 */
final class RelayReadiness {

    static final String DESIGN_PARTNER = "RELAY_DESIGN_PARTNER";
    static final String GA = "RELAY_GA";
    static final String PUBLIC_PRODUCTION = "RELAY_PUBLIC_PRODUCTION";

    /**
     * The seed's ten criteria. Each slice's criterion needs its matrix row and every figure check of the slice, so a
     * slice's own PASS never outvotes its figures (VAL19 with a lost outage segment is not "VAL19 all 10 checks pass").
     */
    static final List<Criterion> DESIGN_PARTNER_CRITERIA = List.of(
            slice(RelaySlice.VAL19, "VAL19 all 10 checks pass"),
            slice(RelaySlice.VAL20, "VAL20 all 10 checks pass"),
            slice(RelaySlice.VAL21, "VAL21 all 10 checks pass"),
            slice(RelaySlice.VAL22, "VAL22 all 10 checks pass"),
            slice(RelaySlice.VAL23, "VAL23 all 10 checks pass"),
            Criterion.checks("Zero silent loss proven by explicit accounting: VAL21 sa.delivered == 200 and "
                    + "sb.delivered + sb.deadletter == sb.accounted == 10, plus VAL22 group_r_delivered == 4 and "
                    + "group_u_redeadlettered == 4", "VAL27-06"),
            Criterion.checks("VAL20 T2 baseline zero-loss", "VAL27-07"),
            Criterion.checks("VAL22 Group R retry rate = 1.000", "VAL27-08"),
            Criterion.checks("VAL23 all bandwidth scenarios pass", "VAL27-09"),
            Criterion.checks("VAL19–VAL23 evidence files fall within one 7-day campaign window", CampaignChecks.WINDOW_ID));

    /** "VAL19 all 10 checks pass": VAL27-01 and VAL19's figure checks. */
    private static Criterion slice(RelaySlice slice, String description) {
        List<String> ids = new ArrayList<>();
        ids.add(MatrixChecks.sliceCheckId(slice));
        ids.addAll(FigureChecks.ids(slice));
        return Criterion.checks(description + ", its figures meeting §4's targets", ids.toArray(String[]::new));
    }

    /** The Design Partner level as one criterion of the levels above it. */
    static final Criterion DESIGN_PARTNER_MET = Criterion.of("Relay Design Partner criteria (all ten) met",
            outcomes -> DESIGN_PARTNER_CRITERIA.stream().allMatch(c -> c.evaluate(outcomes).orElse(false)));

    /**
     * GA's additions by their contract ids: RELAY_GA-1 (Gate D) is judged from VAL27-SOAK and can never be approved;
     * the others no relay evidence here can show, met only by an approval in {@code approvals.json}. The seed allows
     * the S-E daily reset "or approved exception", so RELAY_GA-4 alone admits an exception.
     */
    static final List<Criterion> GA_ADDITIONS = List.of(
            Criterion.checks("VAL24 Gate D pass: rounds " + SoakTargets.ROUNDS.text() + ", clean_delivery_rate "
                    + SoakTargets.CLEAN_DELIVERY.text() + ", retry_recovery_rate " + SoakTargets.RETRY_RECOVERY.text()
                    + ", loss " + SoakTargets.LOSS.text(), SoakCheck.ID).withId(GA + "-1"),
            Criterion.external(GA + "-2", "Multi-peer relay validation (at least basic 2-peer delivery + isolation)",
                    ApprovalKind.ATTESTED),
            Criterion.external(GA + "-3", "VAL20 throughput recalibrated on production-representative hardware",
                    ApprovalKind.ATTESTED),
            Criterion.external(GA + "-4", "VAL23 S-E daily reset validated with live 24-hour run or approved exception",
                    ApprovalKind.ATTESTED, ApprovalKind.EXCEPTION));

    static final List<Criterion> PUBLIC_PRODUCTION_ADDITIONS = List.of(
            Criterion.external(PUBLIC_PRODUCTION + "-1", "BoltDB crash-consistency on power failure",
                    ApprovalKind.ATTESTED),
            Criterion.external(PUBLIC_PRODUCTION + "-2", "Multi-peer relay soaks with message isolation proof",
                    ApprovalKind.ATTESTED),
            Criterion.external(PUBLIC_PRODUCTION + "-3", "Production-grade observability: queue depth alerting, "
                    + "deadletter paging, bandwidth quota depletion notification", ApprovalKind.ATTESTED));

    /** Every criterion with an id, for checking approvals.json (RELAY_GA-1 among them, so approving it is refused). */
    static List<Criterion> identified() {
        List<Criterion> criteria = new ArrayList<>(GA_ADDITIONS);
        criteria.addAll(PUBLIC_PRODUCTION_ADDITIONS);
        return criteria;
    }

    private RelayReadiness() {
    }

    static List<ReadinessLevel> levels() {
        List<Criterion> ga = new ArrayList<>();
        ga.add(DESIGN_PARTNER_MET);
        ga.addAll(GA_ADDITIONS);
        List<Criterion> publicProduction = new ArrayList<>(ga);
        publicProduction.addAll(PUBLIC_PRODUCTION_ADDITIONS);
        return List.of(
                new ReadinessLevel(DESIGN_PARTNER, "Relay Design Partner Ready", DESIGN_PARTNER_CRITERIA),
                new ReadinessLevel(GA, "Relay GA Ready", ga),
                new ReadinessLevel(PUBLIC_PRODUCTION, "Relay Public Production Claim", publicProduction));
    }

    /** How the report heads a level, e.g. {@code RELAY GA READY}. */
    static String heading(String key) {
        return switch (key) {
            case DESIGN_PARTNER -> "RELAY DESIGN PARTNER READY";
            case GA -> "RELAY GA READY";
            case PUBLIC_PRODUCTION -> "RELAY PUBLIC PRODUCTION CLAIM";
            default -> key;
        };
    }
}

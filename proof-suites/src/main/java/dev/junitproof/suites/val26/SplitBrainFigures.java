package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckSpec;

import java.util.List;

/**
 * VAL16's mandatory outcomes (§1: epoch-divergence detection, metadata-injection recovery, user data integrity),
 * one check each. The seed gives the detection time no target: it is printed, not judged.
 */
final class SplitBrainFigures {

    static final String EPOCH_DIVERGENCE = "VAL16-epoch-divergence";
    static final String METADATA_RECOVERY = "VAL16-metadata-recovery";
    static final String USER_DATA = "VAL16-user-data";

    static final List<String> IDS = List.of(EPOCH_DIVERGENCE, METADATA_RECOVERY, USER_DATA);

    private final HaFigureChecks shapes;

    SplitBrainFigures(HaEvidence evidence) {
        this.shapes = new HaFigureChecks(evidence);
    }

    List<CheckSpec> checks() {
        return List.of(
                shapes.flag(EPOCH_DIVERGENCE, "epoch divergence detected", HaSlices.VAL16, HaEvidence::val16,
                        "/split_brain/epoch_divergence_detected", r -> r.splitBrain().epochDivergenceDetected(), true),
                shapes.flag(METADATA_RECOVERY, "metadata injection recovered", HaSlices.VAL16, HaEvidence::val16,
                        "/split_brain/metadata_injection_recovered", r -> r.splitBrain().metadataInjectionRecovered(), true),
                shapes.flag(USER_DATA, "user data intact", HaSlices.VAL16, HaEvidence::val16,
                        "/split_brain/user_data_intact", r -> r.splitBrain().userDataIntact(), true));
    }
}

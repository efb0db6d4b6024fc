package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckSpec;

import java.util.List;

/** VAL17's figures (§3), one check each: loss and recovery detection times, and the two safety criteria during the loss. */
final class QuorumFigures {

    static final String LOSS_DETECTION = "VAL17-loss-detection";
    static final String RECOVERY = "VAL17-recovery";
    static final String WRITE_BLOCK = "VAL17-write-block";
    static final String PROTECTED_WRITES = "VAL17-protected-writes";

    static final List<String> IDS = List.of(LOSS_DETECTION, RECOVERY, WRITE_BLOCK, PROTECTED_WRITES);

    private final HaFigureChecks shapes;

    QuorumFigures(HaEvidence evidence) {
        this.shapes = new HaFigureChecks(evidence);
    }

    List<CheckSpec> checks() {
        return List.of(
                shapes.timing(LOSS_DETECTION, "loss_detection_ms", HaSlices.VAL17, HaEvidence::val17,
                        "/quorum/loss_detection_ms", r -> r.quorum().lossDetectionMs(), HaTargets.QUORUM_DETECTION),
                shapes.timing(RECOVERY, "recovery_ms", HaSlices.VAL17, HaEvidence::val17, "/quorum/recovery_ms",
                        r -> r.quorum().recoveryMs(), HaTargets.QUORUM_RECOVERY),
                shapes.flag(WRITE_BLOCK, "write_block_active during loss", HaSlices.VAL17, HaEvidence::val17,
                        "/quorum/write_block_active", r -> r.quorum().writeBlockActive(), true),
                shapes.flag(PROTECTED_WRITES, "can_accept_protected_writes during loss", HaSlices.VAL17, HaEvidence::val17,
                        "/quorum/can_accept_protected_writes", r -> r.quorum().canAcceptProtectedWrites(), false));
    }
}

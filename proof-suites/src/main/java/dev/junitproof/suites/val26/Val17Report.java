package dev.junitproof.suites.val26;

/** VAL17 slice-specific fields: quorum-loss detection, recovery and the write gate during the loss. */
record Val17Report(Quorum quorum) {

    /** {@code quorum {loss_detection_ms, recovery_ms, write_block_active, can_accept_protected_writes}}. */
    record Quorum(double lossDetectionMs, double recoveryMs, boolean writeBlockActive, boolean canAcceptProtectedWrites) {
    }
}

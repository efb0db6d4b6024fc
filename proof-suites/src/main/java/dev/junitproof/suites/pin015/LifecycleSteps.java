package dev.junitproof.suites.pin015;

import java.util.List;

/** The step names of the seed's Phase C (golden lifecycle, 9) and Phase E (kill/restore, 6) tables, in order. */
final class LifecycleSteps {

    static final List<String> GOLDEN = List.of(
            "Generate golden file with HMAC",
            "Sign with known key",
            "Verify valid signature",
            "Detect tampered content",
            "Detect tampered signature",
            "Archive to compressed format",
            "Extract and verify",
            "Resign with new key",
            "Verify new signature");

    static final List<String> KILL_RESTORE = List.of(
            "Save checkpoint mid-workflow",
            "Load checkpoint state",
            "Resume from checkpoint",
            "Kill workflow simulation",
            "Restore and continue",
            "Verify resumed hash matches baseline");

    private LifecycleSteps() {
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.suites.text.Numbers;
import dev.junitproof.suites.val24.SoakTargets;

import java.util.List;

/**
 * "Soak Summary (VAL24)": the soak directory, the Gate D figures as VAL24 judged them from the soak's rounds
 * (★ BETA until Gate D passes), and VAL27-SOAK's outcome. The figures carry VAL24's targets but no status of their
 * own: VAL24 judged them, and VAL27-SOAK's outcome is the one status this section prints. VAL24 is optional: its
 * absence does not block Design Partner readiness.
 */
final class SoakSummary {

    static final String NAME = "30-Day Soak (optional)";

    private SoakSummary() {
    }

    static void render(List<String> out, Soak soak, Outcomes outcomes) {
        String beta = outcomes.passed(SoakCheck.ID) ? "" : " " + BetaClaim.MARK;
        out.add("Soak Summary (VAL24, optional GA gate):");
        out.add("Directory: " + soak.directory().describe());
        soak.reportPath().ifPresent(p -> out.add("Report document: " + p + " (a claim, checked against VAL24's judgment)"));
        soak.judged().ifPresent(r -> {
            out.add("Source: VAL24's judgment of the soak's rounds" + (r.mode() == null ? "" : " (mode " + r.mode() + ")"));
            out.add("Elapsed: " + Numbers.fixed(r.elapsedDays(), 1) + " days rounds="
                    + Numbers.count(r.totalRounds()) + " [target " + SoakTargets.ROUNDS.text() + "]" + beta);
            out.add("Clean delivery rate: " + Measurement.rate(r.cleanDeliveryRate()).against(SoakTargets.CLEAN_DELIVERY)
                    + " (seeded=" + Numbers.count(r.totalSeeded()) + " delivered=" + Numbers.count(r.totalDelivered())
                    + " deadletter=" + Numbers.count(r.totalDeadletter()) + ") [target " + SoakTargets.CLEAN_DELIVERY.text()
                    + "]" + beta);
            if (r.totalRetried() == 0) {
                out.add("Retry recovery: 0 retried (not evaluated) [target " + SoakTargets.RETRY_RECOVERY.text()
                        + " when retried > 0]" + beta);
            } else {
                out.add("Retry recovery: " + Numbers.count(r.totalRecovered()) + "/" + Numbers.count(r.totalRetried())
                        + (r.retryRecoveryRate() == null ? ""
                        : " rate=" + Measurement.rate(r.retryRecoveryRate()).against(SoakTargets.RETRY_RECOVERY))
                        + " [target " + SoakTargets.RETRY_RECOVERY.text() + "]" + beta);
            }
            out.add("Silent loss: " + Numbers.count(r.lossCount()) + " [target " + SoakTargets.LOSS.text() + "]" + beta);
        });
        out.add("Gate D (" + SoakCheck.ID + "): " + outcomes.status(SoakCheck.ID).name() + " — "
                + outcomes.findings(SoakCheck.ID).detail());
        out.add("Note: VAL24 is optional; its absence does not block Design Partner readiness.");
    }
}

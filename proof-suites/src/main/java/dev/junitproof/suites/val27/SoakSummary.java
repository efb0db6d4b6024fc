package dev.junitproof.suites.val27;

import dev.junitproof.api.result.Outcomes;

import java.util.List;

/**
 * "Soak Summary (VAL24)": the soak directory, the Gate D figures as VAL24 judged them from the soak's rounds
 * (★ BETA until Gate D passes), and VAL27-SOAK's outcome. The figures carry their targets but no status of their
 * own: VAL24 judged them, and VAL27-SOAK's outcome is the one status this section prints. VAL24 is optional: its
 * absence does not block Design Partner readiness.
 */
final class SoakSummary {

    static final String NAME = "30-Day Soak (optional)";

    private SoakSummary() {
    }

    static void render(List<String> out, Soak soak, Outcomes outcomes) {
        SoakGate gate = soak.gate();
        String beta = outcomes.passed(SoakCheck.ID) ? "" : " " + BetaClaim.MARK;
        out.add("Soak Summary (VAL24, optional GA gate):");
        out.add("Directory: " + soak.directory().describe());
        soak.reportPath().ifPresent(p -> out.add("Report document: " + p + " (a claim, checked against VAL24's judgment)"));
        soak.judged().ifPresent(r -> {
            out.add("Source: VAL24's judgment of the soak's rounds (mode " + r.mode() + ")");
            out.add("Elapsed: " + (r.elapsedDays() == null ? "?" : Fmt.f("%.1f", r.elapsedDays())) + " days rounds="
                    + Fmt.count(r.totalRounds()) + " [target >= 1,440]" + beta);
            out.add(Fmt.f("Clean delivery rate: %.4f", r.cleanDeliveryRate()) + " (seeded=" + Fmt.count(r.totalSeeded())
                    + " delivered=" + Fmt.count(r.totalDelivered()) + " deadletter=" + Fmt.count(r.totalDeadletter())
                    + ") [target >= 0.990]" + beta);
            if (r.totalRetried() == 0) {
                out.add("Retry recovery: 0 retried (not evaluated) [target >= 0.990 when retried > 0]" + beta);
            } else {
                out.add("Retry recovery: " + Fmt.count(r.totalRecovered()) + "/" + Fmt.count(r.totalRetried())
                        + (r.retryRecoveryRate() == null ? "" : Fmt.f(" rate=%.4f", r.retryRecoveryRate()))
                        + " [target >= 0.990]" + beta);
            }
            out.add("Silent loss: " + Fmt.count(r.lossCount()) + " [target = 0]" + beta);
        });
        out.add("Gate D (" + SoakCheck.ID + "): " + outcomes.statusLabel(SoakCheck.ID) + " — " + gate.reason());
        out.add("Note: VAL24 is optional; its absence does not block Design Partner readiness.");
    }
}

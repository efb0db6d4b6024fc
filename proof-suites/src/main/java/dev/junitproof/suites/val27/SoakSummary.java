package dev.junitproof.suites.val27;

import java.util.List;

/**
 * "Soak Summary (VAL24)": the soak directory and report used, the Gate D figures (★ BETA until Gate D passes)
 * and the gate's standing. VAL24 is optional: its absence does not block Design Partner readiness.
 */
final class SoakSummary {

    static final String NAME = "30-Day Soak (optional)";

    private SoakSummary() {
    }

    static void render(List<String> out, Soak soak) {
        SoakGate gate = soak.gate();
        String beta = gate.standing() == SoakGate.Standing.PASS ? "" : " " + BetaClaim.MARK;
        out.add("Soak Summary (VAL24, optional GA gate):");
        out.add("Directory: " + soak.directory().describe());
        if (soak.evidence() instanceof SoakEvidence.Reported reported) {
            Val24Report r = reported.report();
            out.add("Source: " + reported.source() + " (mode " + r.mode() + ", generated " + r.generatedAt() + ")");
            out.add("Elapsed: " + (r.elapsedDays() == null ? "?" : Fmt.f("%.1f", r.elapsedDays())) + " days rounds="
                    + Fmt.count(r.totalRounds()) + " [target >= 1,440] "
                    + Fmt.passFail(r.totalRounds() >= SoakGate.ROUNDS_TARGET) + beta);
            out.add(Fmt.f("Clean delivery rate: %.4f", r.cleanDeliveryRate()) + " (seeded=" + Fmt.count(r.totalSeeded())
                    + " delivered=" + Fmt.count(r.totalDelivered()) + " deadletter=" + Fmt.count(r.totalDeadletter())
                    + ") [target >= 0.990] " + Fmt.passFail(r.cleanDeliveryRate() >= SoakGate.RATE_TARGET) + beta);
            if (r.totalRetried() == 0) {
                out.add("Retry recovery: 0 retried (not evaluated) [target >= 0.990 when retried > 0]" + beta);
            } else {
                double rate = (double) r.totalRecovered() / r.totalRetried();
                out.add("Retry recovery: " + Fmt.count(r.totalRecovered()) + "/" + Fmt.count(r.totalRetried())
                        + Fmt.f(" rate=%.4f", rate) + " [target >= 0.990] "
                        + Fmt.passFail(rate >= SoakGate.RATE_TARGET) + beta);
            }
            out.add("Silent loss: " + Fmt.count(r.lossCount()) + " [target = 0] " + Fmt.passFail(r.lossCount() == 0) + beta);
        } else if (soak.evidence() instanceof SoakEvidence.InProgress) {
            out.add("Source: rounds/ only (no reports/final.json, checkpoint-14d.json or checkpoint-7d.json)");
        }
        out.add("Gate D: " + gate.standing() + " — " + gate.reason());
        out.add("Note: VAL24 is optional; its absence does not block Design Partner readiness.");
    }
}

package dev.junitproof.suites.val27;

import dev.junitproof.suites.text.Numbers;
import dev.junitproof.suites.val24.SoakTargets;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a soak's report document contradicts itself, whatever the rounds say: its file name and mode, VAL24's
 * accounting identities (seeded = delivered + deadletter + loss; rounds = clean + outage + recovery; each rate its
 * counts' quotient), and a Gate D flag claiming a criterion its own figure does not meet. An older checkpoint cannot
 * be compared with today's rounds figure by figure, but it can never claim more than its own figures: this is how.
 */
final class DocumentConsistency {

    private DocumentConsistency() {
    }

    static List<String> contradictions(String path, Val24Report doc) {
        List<String> out = new ArrayList<>();
        String expectedMode = path.substring(path.lastIndexOf('/') + 1).replace(".json", "");
        if (!expectedMode.equals(doc.mode())) {
            out.add(path + " mode=" + doc.mode() + ": " + path + " is the " + expectedMode + " report");
        }
        long accounted = doc.totalDelivered() + doc.totalDeadletter() + doc.lossCount();
        if (accounted != doc.totalSeeded()) {
            out.add(path + " total_delivered + total_deadletter + loss_count = " + doc.totalDelivered() + " + "
                    + doc.totalDeadletter() + " + " + doc.lossCount() + " = " + accounted + " but total_seeded="
                    + doc.totalSeeded());
        }
        long kinds = doc.cleanRounds() + doc.outageRounds() + doc.recoveryRounds();
        if (kinds != doc.totalRounds()) {
            out.add(path + " clean_rounds + outage_rounds + recovery_rounds = " + doc.cleanRounds() + " + "
                    + doc.outageRounds() + " + " + doc.recoveryRounds() + " = " + kinds + " but total_rounds="
                    + doc.totalRounds());
        }
        double lossRate = doc.totalSeeded() == 0 ? 0 : doc.lossCount() / (double) doc.totalSeeded();
        if (Math.abs(doc.lossRate() - lossRate) > DocumentClaims.RATE_TOLERANCE) {
            out.add(path + " loss_rate=" + Numbers.plain(doc.lossRate()) + " but loss_count/total_seeded="
                    + doc.lossCount() + "/" + doc.totalSeeded() + "=" + Numbers.fixed(lossRate, 6));
        }
        if (doc.totalRecovered() > doc.totalRetried()) {
            out.add(path + " total_recovered=" + doc.totalRecovered() + " but total_retried=" + doc.totalRetried());
        }
        retryRate(out, path, doc);
        flags(out, path, doc);
        return out;
    }

    /** Null exactly when nothing was retried; otherwise recovered over retried. */
    private static void retryRate(List<String> out, String path, Val24Report doc) {
        Double rate = doc.retryRecoveryRate();
        if (doc.totalRetried() == 0) {
            if (rate != null) {
                out.add(path + " retry_recovery_rate=" + Numbers.plain(rate) + " but total_retried=0");
            }
            return;
        }
        double recomputed = doc.totalRecovered() / (double) doc.totalRetried();
        if (rate == null || Math.abs(rate - recomputed) > DocumentClaims.RATE_TOLERANCE) {
            out.add(path + " retry_recovery_rate=" + (rate == null ? "null" : Numbers.plain(rate))
                    + " but total_recovered/total_retried=" + doc.totalRecovered() + "/" + doc.totalRetried() + "="
                    + Numbers.fixed(recomputed, 4));
        }
    }

    /** A flag saying a criterion is met must have the figure that meets it; overall needs all four. */
    private static void flags(List<String> out, String path, Val24Report doc) {
        Val24Report.GateD g = doc.gateD();
        if (g.roundsOk() && !SoakTargets.ROUNDS.accepts(doc.totalRounds())) {
            out.add(path + " gate_d.rounds_ok=true but total_rounds=" + doc.totalRounds() + " does not meet "
                    + SoakTargets.ROUNDS.text());
        }
        if (g.deliveryOk() && !SoakTargets.CLEAN_DELIVERY.accepts(doc.cleanDeliveryRate())) {
            out.add(path + " gate_d.delivery_ok=true but clean_delivery_rate=" + Numbers.plain(doc.cleanDeliveryRate())
                    + " does not meet " + SoakTargets.CLEAN_DELIVERY.text());
        }
        if (g.retryOk() && (doc.retryRecoveryRate() == null || !SoakTargets.RETRY_RECOVERY.accepts(doc.retryRecoveryRate()))) {
            out.add(path + " gate_d.retry_ok=true but retry_recovery_rate=" + (doc.retryRecoveryRate() == null ? "null"
                    : Numbers.plain(doc.retryRecoveryRate())) + " does not meet " + SoakTargets.RETRY_RECOVERY.text());
        }
        if (g.lossOk() && !SoakTargets.LOSS.accepts(doc.lossCount())) {
            out.add(path + " gate_d.loss_ok=true but loss_count=" + doc.lossCount() + " does not meet " + SoakTargets.LOSS.text());
        }
        if (g.overall() && !(g.roundsOk() && g.deliveryOk() && g.retryOk() && g.lossOk())) {
            out.add(path + " gate_d.overall=true but not all of rounds_ok, delivery_ok, retry_ok, loss_ok are");
        }
    }
}

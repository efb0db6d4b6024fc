package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.suites.text.Numbers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a soak's report document says that VAL24's judgment of the same soak's rounds does not. A document of the soak
 * as it is now (the same rounds) must agree in every field of the contract's document: totals, rates, flags, its
 * ten checks and the verdict. A checkpoint written earlier (fewer rounds) may trail the judgment but never claim
 * more than it: not more rounds, seeded, retried or loss, not completion, not a Gate D criterion or a check the raw
 * evidence does not meet. Each disagreement names the document, the field and both values.
 */
final class DocumentClaims {

    /** VAL24 writes rates with up to six decimals; a smaller difference is rounding, not disagreement. */
    static final double RATE_TOLERANCE = 0.000_001;
    static final double DAYS_TOLERANCE = 0.000_1;

    private DocumentClaims() {
    }

    static List<String> disagreements(String path, Val24Report doc, Val24Report raw, String verdict, String soakDirectory) {
        List<String> out = new ArrayList<>();
        String named = doc.soakDir() == null ? "" : Optional.ofNullable(Path.of(doc.soakDir()).getFileName())
                .map(Path::toString).orElse(doc.soakDir());
        if (!named.equals(soakDirectory)) {
            out.add(path + " soak_dir=" + (doc.soakDir() == null || doc.soakDir().isBlank() ? "\"\"" : doc.soakDir())
                    + " names another soak than " + soakDirectory);
        }
        if (doc.totalRounds() > raw.totalRounds()) {
            out.add(path + " total_rounds=" + doc.totalRounds() + " but the soak has " + raw.totalRounds() + " rounds");
        }
        boolean sameRounds = doc.totalRounds() == raw.totalRounds();
        claim(out, path, "soak_complete", doc.soakComplete(), raw.soakComplete(), sameRounds);
        Val24Report.GateD d = doc.gateD();
        Val24Report.GateD r = raw.gateD();
        claim(out, path, "gate_d.rounds_ok", d.roundsOk(), r.roundsOk(), sameRounds);
        claim(out, path, "gate_d.delivery_ok", d.deliveryOk(), r.deliveryOk(), sameRounds);
        claim(out, path, "gate_d.retry_ok", d.retryOk(), r.retryOk(), sameRounds);
        claim(out, path, "gate_d.loss_ok", d.lossOk(), r.lossOk(), sameRounds);
        claim(out, path, "gate_d.overall", d.overall(), r.overall(), sameRounds);
        checks(out, path, doc, raw, sameRounds);
        verdict(out, path, doc.verdict(), verdict, sameRounds);
        if (sameRounds) {
            equal(out, path, "total_seeded", doc.totalSeeded(), raw.totalSeeded());
            equal(out, path, "total_delivered", doc.totalDelivered(), raw.totalDelivered());
            equal(out, path, "total_deadletter", doc.totalDeadletter(), raw.totalDeadletter());
            equal(out, path, "loss_count", doc.lossCount(), raw.lossCount());
            equal(out, path, "clean_rounds", doc.cleanRounds(), raw.cleanRounds());
            equal(out, path, "outage_rounds", doc.outageRounds(), raw.outageRounds());
            equal(out, path, "recovery_rounds", doc.recoveryRounds(), raw.recoveryRounds());
            equal(out, path, "total_retried", doc.totalRetried(), raw.totalRetried());
            equal(out, path, "total_recovered", doc.totalRecovered(), raw.totalRecovered());
            close(out, path, "loss_rate", doc.lossRate(), raw.lossRate(), RATE_TOLERANCE);
            close(out, path, "clean_delivery_rate", doc.cleanDeliveryRate(), raw.cleanDeliveryRate(), RATE_TOLERANCE);
            close(out, path, "retry_recovery_rate", doc.retryRecoveryRate(), raw.retryRecoveryRate(), RATE_TOLERANCE);
            close(out, path, "elapsed_days", doc.elapsedDays(), raw.elapsedDays(), DAYS_TOLERANCE);
        } else {
            atMost(out, path, "total_seeded", doc.totalSeeded(), raw.totalSeeded());
            atMost(out, path, "total_retried", doc.totalRetried(), raw.totalRetried());
            atMost(out, path, "outage_rounds", doc.outageRounds(), raw.outageRounds());
            atMost(out, path, "recovery_rounds", doc.recoveryRounds(), raw.recoveryRounds());
            // Loss cannot be undone: an earlier document claiming more than the rounds show now is not of them.
            atMost(out, path, "loss_count", doc.lossCount(), raw.lossCount());
            if (doc.elapsedDays() > raw.elapsedDays() + DAYS_TOLERANCE) {
                out.add(path + " elapsed_days=" + Numbers.plain(doc.elapsedDays()) + " but the soak's rounds give "
                        + Numbers.plain(raw.elapsedDays()));
            }
        }
        return out;
    }

    /** A flag of a document of the same rounds must equal the judgment's; an older one must not claim more. */
    private static void claim(List<String> out, String path, String field, boolean doc, boolean raw, boolean sameRounds) {
        if (doc != raw && (sameRounds || doc)) {
            out.add(path + " " + field + "=" + doc + " but VAL24's judgment of the rounds gives " + raw);
        }
    }

    /**
     * The document's checks are VAL24's matrix, VAL24-01..10 in order, each once. Of the same rounds each status is
     * the judgment's; an older document may show a check not yet passed that passes now, never one passed that
     * does not.
     */
    private static void checks(List<String> out, String path, Val24Report doc, Val24Report raw, boolean sameRounds) {
        List<Val24Report.Check> claimed = doc.matrixChecks();
        List<Val24Report.Check> judged = raw.matrixChecks();
        List<String> claimedIds = claimed.stream().map(Val24Report.Check::id).toList();
        List<String> judgedIds = judged.stream().map(Val24Report.Check::id).toList();
        if (!claimedIds.equals(judgedIds)) {
            out.add(path + " checks=" + claimedIds + " but VAL24's matrix is " + judgedIds);
            return;
        }
        for (int i = 0; i < claimed.size(); i++) {
            CheckStatus said = claimed.get(i).status();
            CheckStatus is = judged.get(i).status();
            if (said != is && (sameRounds || said == CheckStatus.PASS)) {
                out.add(path + " checks " + claimedIds.get(i) + " status=" + said + " but VAL24's judgment of the rounds gives "
                        + is);
            }
        }
    }

    /** The verdict, when the document carries one: the judgment's for the same rounds, never a pass it is not. */
    private static void verdict(List<String> out, String path, String claimed, String judged, boolean sameRounds) {
        if (claimed == null || claimed.equals(judged)) {
            return;
        }
        if (sameRounds || claimed.equals(SoakGate.GATE_D_PASS)) {
            out.add(path + " verdict=" + claimed + " but VAL24's judgment of the rounds gives " + judged);
        }
    }

    private static void equal(List<String> out, String path, String field, long doc, long raw) {
        if (doc != raw) {
            out.add(path + " " + field + "=" + doc + " but VAL24's judgment of the rounds gives " + raw);
        }
    }

    private static void atMost(List<String> out, String path, String field, long doc, long raw) {
        if (doc > raw) {
            out.add(path + " " + field + "=" + doc + " but the soak's raw evidence gives only " + raw);
        }
    }

    private static void close(List<String> out, String path, String field, Double doc, Double raw, double tolerance) {
        if (doc == null && raw == null) {
            return;
        }
        if (doc == null || raw == null || Math.abs(doc - raw) > tolerance) {
            out.add(path + " " + field + "=" + text(doc) + " but VAL24's judgment of the rounds gives " + text(raw));
        }
    }

    private static String text(Double value) {
        return Objects.isNull(value) ? "null" : Numbers.plain(value);
    }
}

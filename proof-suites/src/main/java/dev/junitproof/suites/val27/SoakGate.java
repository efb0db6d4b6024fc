package dev.junitproof.suites.val27;

import java.util.ArrayList;
import java.util.List;

/**
 * Gate D as VAL27 judges it from a VAL24 report document (seed §4: rounds ≥ 1,440, clean delivery rate ≥ 0.990,
 * retry recovery rate ≥ 0.990 when anything was retried, loss = 0; VAL27-SOAK passes on
 * {@code soak_complete AND gate_d.overall}). The figures are re-judged, not only the flags: a document whose
 * {@code gate_d} flags disagree with its own figures is an evidence inconsistency and never passes.
 *
 * @param standing       PASS, FAIL, PENDING (soak running) or MISSING (no readable soak)
 * @param reason         one line saying why, as the matrix detail and the abort reason print it
 * @param disagreements  flags that disagree with the document's own figures, naming both values
 * @param failedCriteria Gate D criteria the figures do not meet
 */
public record SoakGate(Standing standing, String reason, List<String> disagreements, List<String> failedCriteria) {

    public enum Standing { PASS, FAIL, PENDING, MISSING }

    public static final long ROUNDS_TARGET = 1_440;
    public static final double RATE_TARGET = 0.990;
    /** Rates are printed with four decimals; a smaller difference is rounding, not disagreement. */
    private static final double RATE_TOLERANCE = 0.00005;

    public SoakGate {
        disagreements = List.copyOf(disagreements);
        failedCriteria = List.copyOf(failedCriteria);
    }

    public static SoakGate of(Soak soak) {
        if (soak.evidence() instanceof SoakEvidence.NotFound notFound) {
            return new SoakGate(Standing.MISSING, notFound.reason(), List.of(), List.of());
        }
        if (soak.evidence() instanceof SoakEvidence.InProgress inProgress) {
            return new SoakGate(Standing.PENDING, inProgress.reason(), List.of(), List.of());
        }
        SoakEvidence.Reported reported = (SoakEvidence.Reported) soak.evidence();
        return judge(reported.source(), reported.report());
    }

    static SoakGate judge(String source, Val24Report r) {
        if (r.missing() != null && !r.missing().isBlank()) {
            // VAL24 could not account the soak at all; its zeros are placeholders, not figures.
            return new SoakGate(Standing.MISSING, source + ": VAL24 could not account the soak: " + r.missing(),
                    List.of(), List.of());
        }
        Val24Report.GateD flags = r.gateD();
        boolean roundsOk = r.totalRounds() >= ROUNDS_TARGET;
        boolean deliveryOk = r.cleanDeliveryRate() >= RATE_TARGET;
        boolean lossOk = r.lossCount() == 0;
        List<String> disagreements = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        boolean retryOk = true;
        if (r.totalRetried() > 0) {
            double recomputed = (double) r.totalRecovered() / r.totalRetried();
            retryOk = recomputed >= RATE_TARGET;
            if (r.retryRecoveryRate() == null) {
                disagreements.add("retry_recovery_rate is null with total_retried=" + r.totalRetried());
            } else if (Math.abs(r.retryRecoveryRate() - recomputed) > RATE_TOLERANCE) {
                disagreements.add(Fmt.f("retry_recovery_rate=%.4f but total_recovered/total_retried=%d/%d=%.4f",
                        r.retryRecoveryRate(), r.totalRecovered(), r.totalRetried(), recomputed));
            }
            if (!retryOk) {
                failed.add(Fmt.f("retry recovery %d/%d=%.4f < 0.990", r.totalRecovered(), r.totalRetried(), recomputed));
            }
        }
        if (!roundsOk) {
            failed.add(Fmt.f("rounds %,d < 1,440", r.totalRounds()));
        }
        if (!deliveryOk) {
            failed.add(Fmt.f("clean_delivery_rate %.4f < 0.990", r.cleanDeliveryRate()));
        }
        if (!lossOk) {
            failed.add(Fmt.f("loss_count %,d != 0", r.lossCount()));
        }
        flag(disagreements, failed, "rounds_ok", flags.roundsOk(), roundsOk, Fmt.f("total_rounds=%,d", r.totalRounds()));
        flag(disagreements, failed, "delivery_ok", flags.deliveryOk(), deliveryOk,
                Fmt.f("clean_delivery_rate=%.4f", r.cleanDeliveryRate()));
        flag(disagreements, failed, "retry_ok", flags.retryOk(), retryOk,
                Fmt.f("total_recovered/total_retried=%d/%d", r.totalRecovered(), r.totalRetried()));
        flag(disagreements, failed, "loss_ok", flags.lossOk(), lossOk, "loss_count=" + r.lossCount());
        boolean overall = flags.roundsOk() && flags.deliveryOk() && flags.retryOk() && flags.lossOk();
        flag(disagreements, failed, "overall", flags.overall(), overall, "the four gate_d flags");

        boolean finalReport = "final".equals(r.mode());
        String where = source + " (mode " + r.mode() + ")";
        if (!r.soakComplete() && !finalReport) {
            String progress = Fmt.f("soak in progress: %s at %s days, %,d/1,440 rounds; Gate D not yet due",
                    where, r.elapsedDays() == null ? "?" : Fmt.f("%.1f", r.elapsedDays()), r.totalRounds());
            // Too few rounds or no retry yet is what "running" means; a loss cannot be undone, so say it now.
            List<String> already = failed.stream()
                    .filter(f -> f.startsWith("loss_count") || f.startsWith("gate_d.loss_ok")).toList();
            String note = already.isEmpty() ? "" : "; already failing: " + String.join(", ", already);
            return new SoakGate(Standing.PENDING, progress + note, disagreements, failed);
        }
        if (!disagreements.isEmpty()) {
            return new SoakGate(Standing.FAIL, where + " disagrees with its own figures: " + String.join("; ", disagreements),
                    disagreements, failed);
        }
        if (!r.soakComplete()) {
            return new SoakGate(Standing.FAIL, Fmt.f("%s: final report of a soak that did not complete (%,d/1,440 rounds)",
                    where, r.totalRounds()), disagreements, failed);
        }
        if (!failed.isEmpty() || !flags.overall()) {
            return new SoakGate(Standing.FAIL, "Gate D failed in " + where + ": " + String.join(", ", failed),
                    disagreements, failed);
        }
        return new SoakGate(Standing.PASS, "soak_complete=true gate_d.overall=true (" + where + ")", disagreements, failed);
    }

    /**
     * A flag claiming more than the figures show (ok while they say not) is a disagreement: it could make a wrong
     * pass. A flag saying "not ok" where the figures here look fine is VAL24 knowing more (e.g. an inconsistent
     * round, or no retry to evaluate): Gate D fails on it, and the report names the flag.
     */
    private static void flag(List<String> disagreements, List<String> failed, String name, boolean reported,
            boolean recomputed, String basis) {
        if (reported && !recomputed) {
            disagreements.add("gate_d." + name + "=true but " + basis + " gives false");
        } else if (!reported && recomputed) {
            failed.add("gate_d." + name + "=false");
        }
    }
}

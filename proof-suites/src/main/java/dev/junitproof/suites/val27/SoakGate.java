package dev.junitproof.suites.val27;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * VAL27-SOAK's standing: VAL24's judgment of the soak directory from its raw evidence (seed §4: Gate D,
 * {@code soak_complete AND gate_d.overall}), with any report document found there cross-checked against it.
 * VAL24's verdict decides: {@code GATE D PASS} passes, {@code GATE D FAIL} fails, {@code IN PROGRESS} is pending.
 * A document that says other than the judgment (Gate D fields, {@code soak_complete}, totals, {@code soak_dir})
 * fails it, naming each field and both values; a document with no rounds behind it is MISSING, never a pass.
 *
 * @param standing      PASS, FAIL, PENDING (soak running) or MISSING (no soak, or nothing that can be verified)
 * @param reason        one line saying why, as the matrix detail and the abort reason print it
 * @param disagreements the document's fields that disagree with VAL24's judgment, naming both values
 */
public record SoakGate(Standing standing, String reason, List<String> disagreements) {

    public enum Standing { PASS, FAIL, PENDING, MISSING }

    /** VAL24's verdicts (its seed's Gate D): the judgment VAL27-SOAK follows. */
    static final String GATE_D_PASS = "GATE D PASS";
    static final String GATE_D_FAIL = "GATE D FAIL";
    static final String IN_PROGRESS = "IN PROGRESS";

    /** VAL24 writes rates with up to six decimals; a smaller difference is rounding, not disagreement. */
    private static final double RATE_TOLERANCE = 0.000_001;
    private static final double DAYS_TOLERANCE = 0.000_1;

    public SoakGate {
        disagreements = List.copyOf(disagreements);
    }

    public static SoakGate of(Soak soak) {
        SoakEvidence evidence = soak.evidence();
        if (evidence instanceof SoakEvidence.Absent absent) {
            return new SoakGate(Standing.MISSING, absent.reason(), List.of());
        }
        if (evidence instanceof SoakEvidence.Unverifiable unverifiable) {
            return new SoakGate(Standing.MISSING, unverifiable.reason(), List.of());
        }
        if (evidence instanceof SoakEvidence.Unjudged unjudged) {
            return new SoakGate(Standing.FAIL, "VAL24 could not judge the soak: " + unjudged.reason(), List.of());
        }
        SoakEvidence.Judged judged = (SoakEvidence.Judged) evidence;
        String verdict = judged.judgment().verdict();
        String dir = soak.directory().name();
        List<String> disagreements = new ArrayList<>();
        String claim = "";
        if (judged.document().isPresent()) {
            SoakEvidence.Document document = judged.document().get();
            claim = "; " + document.path() + " ";
            if (document.claim().optional().isEmpty()) {
                disagreements.add(document.path() + " cannot be read: " + document.claim().missingDetail());
            } else {
                disagreements.addAll(disagreements(document.path(), document.claim().optional().get(),
                        judged.judged(), dir));
                claim += disagreements.isEmpty() ? "agrees" : "disagrees";
            }
        }
        String judgment = "VAL24 judges " + dir + " from its rounds: " + verdict + " (" + figures(judged.judged()) + ")";
        if (!disagreements.isEmpty()) {
            return new SoakGate(Standing.FAIL, judgment + "; the report document disagrees with it: "
                    + String.join("; ", disagreements), disagreements);
        }
        return switch (verdict) {
            case GATE_D_PASS -> new SoakGate(Standing.PASS, judgment + claim, disagreements);
            case IN_PROGRESS -> new SoakGate(Standing.PENDING, "soak in progress: " + judgment + claim, disagreements);
            default -> new SoakGate(Standing.FAIL, judgment + claim, disagreements);
        };
    }

    private static String figures(Val24Report r) {
        return r.totalRounds() + " rounds, soak_complete=" + r.soakComplete() + ", gate_d.overall=" + r.gateD().overall()
                + ", loss_count=" + r.lossCount();
    }

    /**
     * What the document says that the judgment does not. A document of the soak as it is now (the same rounds) must
     * agree in every figure; a checkpoint written earlier (fewer rounds) may trail the judgment but never claim more
     * than it: not more rounds, not completion, not a Gate D criterion the raw evidence does not meet.
     */
    static List<String> disagreements(String path, Val24Report doc, Val24Report raw, String soakDirectory) {
        List<String> out = new ArrayList<>();
        if (doc.soakDir() != null && !doc.soakDir().isBlank()) {
            String named = Optional.ofNullable(Path.of(doc.soakDir()).getFileName()).map(Path::toString).orElse(doc.soakDir());
            if (!named.equals(soakDirectory)) {
                out.add(path + " soak_dir=" + doc.soakDir() + " names another soak than " + soakDirectory);
            }
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
            close(out, path, "clean_delivery_rate", doc.cleanDeliveryRate(), raw.cleanDeliveryRate(), RATE_TOLERANCE);
            close(out, path, "retry_recovery_rate", doc.retryRecoveryRate(), raw.retryRecoveryRate(), RATE_TOLERANCE);
            close(out, path, "elapsed_days", doc.elapsedDays(), raw.elapsedDays(), DAYS_TOLERANCE);
        } else if (doc.lossCount() > raw.lossCount()) {
            out.add(path + " loss_count=" + doc.lossCount() + " but the soak's raw evidence gives " + raw.lossCount());
        }
        return out;
    }

    /** A flag of a document of the same rounds must equal the judgment's; an older one must not claim more. */
    private static void claim(List<String> out, String path, String field, boolean doc, boolean raw, boolean sameRounds) {
        if (doc != raw && (sameRounds || doc)) {
            out.add(path + " " + field + "=" + doc + " but VAL24's judgment of the rounds gives " + raw);
        }
    }

    private static void equal(List<String> out, String path, String field, Long doc, Long raw) {
        if (doc != null && !Objects.equals(doc, raw)) {
            out.add(path + " " + field + "=" + doc + " but VAL24's judgment of the rounds gives " + raw);
        }
    }

    private static void equal(List<String> out, String path, String field, long doc, long raw) {
        equal(out, path, field, Long.valueOf(doc), Long.valueOf(raw));
    }

    private static void close(List<String> out, String path, String field, Double doc, Double raw, double tolerance) {
        if (doc == null && raw == null) {
            return;
        }
        if (doc == null || raw == null || Math.abs(doc - raw) > tolerance) {
            out.add(path + " " + field + "=" + doc + " but VAL24's judgment of the rounds gives " + raw);
        }
    }
}

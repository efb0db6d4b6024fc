package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * VAL27-SOAK's standing: VAL24's judgment of the soak directory from its raw evidence (seed §4: Gate D,
 * {@code soak_complete AND gate_d.overall}), with any report document found there cross-checked against it.
 * VAL24's verdict decides: {@code GATE D PASS} passes, {@code GATE D FAIL} fails, {@code IN PROGRESS} is pending.
 * A document that says other than the judgment ({@link DocumentClaims}) or than itself ({@link DocumentConsistency})
 * fails it, naming each field and both values; a document with no rounds behind it is MISSING, never a pass.
 *
 * @param standing      PASS, FAIL, PENDING (soak running) or MISSING (no soak, or nothing that can be verified)
 * @param reason        one line saying why, as the matrix detail and the abort reason print it
 * @param disagreements the document's fields that disagree with VAL24's judgment or with each other, naming values
 */
public record SoakGate(Standing standing, String reason, List<String> disagreements) {

    public enum Standing { PASS, FAIL, PENDING, MISSING }

    /** VAL24's verdicts (its seed's Gate D): the judgment VAL27-SOAK follows. */
    static final String GATE_D_PASS = "GATE D PASS";
    static final String GATE_D_FAIL = "GATE D FAIL";
    static final String IN_PROGRESS = "IN PROGRESS";

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
                Val24Report doc = document.claim().optional().get();
                disagreements.addAll(DocumentConsistency.contradictions(document.path(), doc));
                disagreements.addAll(DocumentClaims.disagreements(document.path(), doc, judged.judged(), verdict, dir));
                claim += disagreements.isEmpty() ? "agrees" : "disagrees";
            }
        }
        String judgment = "VAL24 judges " + dir + " from its rounds: " + verdict + " (" + figures(judged.judged()) + ")"
                + failed(judged.judged());
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

    /** {@code ; VAL24-08 failed: loss_count=1, ...}: VAL24's own reasons, so the gate says why without VAL24's report. */
    private static String failed(Val24Report r) {
        StringBuilder sb = new StringBuilder();
        r.matrixChecks().stream().filter(c -> c.status() == CheckStatus.FAIL).limit(3)
                .forEach(c -> sb.append("; ").append(c.id()).append(" failed")
                        .append(c.detail() == null || c.detail().isEmpty() ? "" : ": " + c.detail()));
        return sb.toString();
    }

    private static String figures(Val24Report r) {
        return r.totalRounds() + " rounds, soak_complete=" + r.soakComplete() + ", gate_d.overall=" + r.gateD().overall()
                + ", loss_count=" + r.lossCount();
    }
}

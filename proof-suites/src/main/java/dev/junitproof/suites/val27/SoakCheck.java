package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

/**
 * VAL27-SOAK, the GA gate, outside the PASS/FAIL total: VAL24's judgment of the soak's raw evidence. Passes when
 * VAL24 says {@code GATE D PASS} and any report document agrees; fails on {@code GATE D FAIL} or a document that
 * disagrees; pending while the soak runs; MISSING when there is no soak, or only a document nothing can verify.
 */
final class SoakCheck {

    static final String ID = "VAL27-SOAK";
    static final String TITLE = "VAL24 30-day soak Gate D (not counted in PASS/FAIL total)";

    private SoakCheck() {
    }

    static CheckSpec of(Soak soak) {
        SourceRef source = soak.reportPath().map(p -> SourceRef.of(p, "/gate_d"))
                .orElse(soak.directory().found() && !soak.directory().leavesRoot()
                        ? SourceRef.file(soak.directory().name() + "/soak.json") : null);
        return new CheckSpec(ID, TITLE, source, check -> {
            SoakGate gate = soak.gate();
            check.target("VAL24 " + SoakGate.GATE_D_PASS + " on the soak's own rounds, any report document agreeing")
                    .detail(gate.reason());
            if (source != null) {
                check.source(source);
            }
            soak.judged().ifPresent(r -> check.measured("VAL24: " + verdictOf(soak) + ", soak_complete="
                    + r.soakComplete() + " gate_d.overall=" + r.gateD().overall()));
            switch (gate.standing()) {
                case MISSING -> check.missing(gate.reason());
                case PENDING -> check.pending(gate.reason());
                case FAIL -> throw new AssertionError(gate.reason());
                case PASS -> { }
            }
        }).withCriterion("soak_complete AND gate_d.overall == true, as VAL24 judges the soak directory's raw rounds "
                + "(a report document there must agree; one with no rounds behind it cannot pass)");
    }

    private static String verdictOf(Soak soak) {
        return soak.evidence() instanceof SoakEvidence.Judged judged ? judged.judgment().verdict() : "";
    }
}

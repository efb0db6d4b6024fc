package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VAL27-SOAK, the GA gate: VAL24 Gate D, outside the PASS/FAIL total. Passes on a complete soak whose Gate D
 * passes (flags and figures agreeing), fails on a complete (or finalised) soak that does not, and is aborted
 * while the soak runs (PENDING) or when there is no readable soak (MISSING).
 */
final class SoakCheck {

    static final String ID = "VAL27-SOAK";
    static final String TITLE = "VAL24 30-day soak Gate D (not counted in PASS/FAIL total)";

    private SoakCheck() {
    }

    static CheckSpec of(Soak soak) {
        SourceRef source = soak.reportPath().map(p -> SourceRef.of(p, "/gate_d")).orElse(null);
        return new CheckSpec(ID, TITLE, source, check -> {
            SoakGate gate = soak.gate();
            check.target("soak_complete AND gate_d.overall == true").detail(gate.reason());
            if (source != null) {
                check.source(source);
            }
            switch (gate.standing()) {
                case MISSING -> check.missing(gate.reason());
                case PENDING -> check.pending(gate.reason());
                default -> { }
            }
            Val24Report report = ((SoakEvidence.Reported) soak.evidence()).report();
            String where = soak.reportPath().orElse(SoakEvidence.EVALUATED_SOURCE);
            check.measured("soak_complete=" + report.soakComplete() + " gate_d.overall=" + report.gateD().overall());
            assertThat(gate.disagreements()).as("gate_d flags against the figures of %s", where).isEmpty();
            assertThat(report.soakComplete()).as("soak_complete in %s (a final report of a soak that stopped short)", where)
                    .isTrue();
            assertThat(gate.failedCriteria()).as("Gate D criteria recomputed from %s", where).isEmpty();
            assertThat(report.gateD().overall()).as("gate_d.overall in %s", where).isTrue();
        }).withCriterion("soak_complete AND gate_d.overall == true");
    }
}

package dev.junitproof.engine;

/**
 * Keys of the report entries the engine publishes and the listener reads. They are also what an IDE, Surefire
 * or Open Test Reporting shows next to each check: measured value, target and source.
 */
final class ReportKeys {

    static final String RUN = "proof.run";
    static final String SUITE = "proof.suite";
    static final String EVIDENCE = "proof.evidence";
    static final String CHECK = "proof.check";
    static final String STATUS = "proof.status";
    static final String DETAIL = "proof.detail";
    static final String MEASURED = "proof.measured";
    static final String TARGET = "proof.target";
    static final String SOURCE = "proof.source";
    static final String MESSAGE = "proof.message";
    static final String LEVEL = "proof.level";
    static final String UNMET = "proof.unmet";
    static final String APPROVED = "proof.approved";
    static final String NOT_COUNTED = "proof.approvals-not-counted";

    private ReportKeys() {
    }
}

package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SLSA verification summary's {@code verificationResult} for a proof report. PASSED exactly when all hold:
 * <ol>
 *   <li>the run was complete: {@code partial_run} is {@code false} (an IDE rerun of one check claims nothing);</li>
 *   <li>it has a verdict: {@code verdict} is a string, not {@code null};</li>
 *   <li>its first readiness level, the one the suite's verdict is about (e.g. {@code DESIGN_PARTNER}), has
 *       status {@code READY}.</li>
 * </ol>
 * Anything else, including a report with no readiness levels, is FAILED: an attestation never says more than the
 * report. Failing checks that the first level does not require do not change it; the report lists them.
 */
enum VerificationResult {
    PASSED,
    FAILED;

    static VerificationResult of(JsonNode report) {
        boolean complete = report.path("partial_run").isBoolean() && !report.path("partial_run").asBoolean();
        boolean verdict = report.path("verdict").isTextual();
        JsonNode first = report.path("readiness").path(0);
        boolean ready = "READY".equals(first.path("status").asText(null));
        return complete && verdict && ready ? PASSED : FAILED;
    }
}

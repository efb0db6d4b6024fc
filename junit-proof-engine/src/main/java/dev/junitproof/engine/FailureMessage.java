package dev.junitproof.engine;

import dev.junitproof.api.result.Findings;
import dev.junitproof.api.suite.CheckSpec;

/**
 * A failed check's message: what the assertion said, then what was measured, against which target, from which
 * file and field, so the IDE, Surefire XML and Allure all carry the whole story.
 */
final class FailureMessage {

    private FailureMessage() {
    }

    static String of(CheckSpec spec, String assertion, Findings findings) {
        StringBuilder sb = new StringBuilder();
        sb.append(spec.displayName()).append(dev.junitproof.api.result.CheckOutcome.FAILED).append(assertion == null ? "" : assertion.strip());
        if (!findings.measured().isEmpty()) {
            sb.append("\n  measured: ").append(findings.measured());
        }
        if (!findings.target().isEmpty()) {
            sb.append("\n  target:   ").append(findings.target());
        }
        if (findings.source() != null) {
            sb.append("\n  source:   ").append(findings.source());
        }
        if (!findings.detail().isEmpty()) {
            sb.append("\n  detail:   ").append(findings.detail());
        }
        return sb.toString();
    }
}

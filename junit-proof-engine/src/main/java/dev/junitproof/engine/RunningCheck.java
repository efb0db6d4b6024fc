package dev.junitproof.engine;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.SourceRef;

import java.util.Optional;

/** The {@link CheckContext} of one evaluation: collects findings, answers outcome questions. */
final class RunningCheck implements CheckContext {

    private final CheckEvaluator evaluator;
    private String detail = "";
    private String measured = "";
    private String target = "";
    private Measurement measuredValue;
    private Target targetValue;
    private SourceRef source;

    RunningCheck(CheckEvaluator evaluator, SourceRef declaredSource) {
        this.evaluator = evaluator;
        this.source = declaredSource;
    }

    @Override
    public CheckContext detail(String detail) {
        this.detail = detail == null ? "" : detail;
        return this;
    }

    @Override
    public CheckContext measured(String measured) {
        this.measured = measured == null ? "" : measured;
        this.measuredValue = null;
        return this;
    }

    @Override
    public CheckContext measured(Measurement measured) {
        this.measuredValue = measured;
        this.measured = "";
        return this;
    }

    @Override
    public CheckContext target(String target) {
        this.target = target == null ? "" : target;
        this.targetValue = null;
        return this;
    }

    @Override
    public CheckContext target(Target target) {
        this.targetValue = target;
        this.target = "";
        return this;
    }

    @Override
    public CheckContext source(SourceRef source) {
        this.source = source;
        return this;
    }

    @Override
    public CheckOutcome outcome(String checkId) {
        return evaluator.evaluate(checkId).outcome();
    }

    @Override
    public void pending(String reason) {
        throw new CheckAbort(CheckStatus.PENDING, reason);
    }

    @Override
    public void missing(String reason) {
        throw new CheckAbort(CheckStatus.MISSING, reason);
    }

    /** What was recorded; a typed figure prints against the typed target, with the digits that show why. */
    Findings findings() {
        String measuredText = measured;
        if (measuredValue != null) {
            measuredText = targetValue != null ? measuredValue.against(targetValue) : measuredValue.text();
        }
        String targetText = targetValue != null ? targetValue.text() : target;
        return new Findings(detail, measuredText, targetText, source, Optional.ofNullable(measuredValue),
                Optional.ofNullable(targetValue));
    }
}

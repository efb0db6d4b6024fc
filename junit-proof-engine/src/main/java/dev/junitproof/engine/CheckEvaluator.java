package dev.junitproof.engine;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.suite.CheckSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a suite run's checks, each at most once. Checks are pure functions of parsed evidence, so a check
 * that depends on others (a summary check, a readiness level) can evaluate them on demand, in any order,
 * and a filtered run (an IDE rerun of one check) still sees the true outcomes of what it depends on.
 */
final class CheckEvaluator {

    /** An outcome and what was thrown to reach it (kept for the test's stack trace). */
    record Evaluation(CheckOutcome outcome, Throwable thrown) {
    }

    private final Map<String, CheckSpec> specs = new LinkedHashMap<>();
    private final Map<String, Evaluation> evaluated = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    CheckEvaluator(PlanIndex plan) {
        plan.all().forEach(entry -> specs.put(entry.id(), entry.spec()));
    }

    List<String> checkIds() {
        return List.copyOf(specs.keySet());
    }

    synchronized Evaluation evaluate(String id) {
        Evaluation done = evaluated.get(id);
        if (done != null) {
            return done;
        }
        CheckSpec spec = specs.get(id);
        if (spec == null) {
            throw new IllegalArgumentException("no check " + id + " in this suite run");
        }
        if (!inProgress.add(id)) {
            throw new IllegalStateException("check " + id + " depends on itself");
        }
        try {
            Evaluation evaluation = run(spec);
            evaluated.put(id, evaluation);
            return evaluation;
        } finally {
            inProgress.remove(id);
        }
    }

    /** Every check evaluated, in plan order. */
    Outcomes outcomes() {
        List<CheckOutcome> all = new ArrayList<>();
        for (String id : specs.keySet()) {
            all.add(evaluate(id).outcome());
        }
        return new RecordedOutcomes(all);
    }

    private Evaluation run(CheckSpec spec) {
        RunningCheck context = new RunningCheck(this, spec.source());
        try {
            spec.body().verify(context);
            return new Evaluation(new CheckOutcome.Passed(spec.id(), context.findings()), null);
        } catch (CheckAbort abort) {
            Findings findings = context.findings();
            CheckOutcome outcome = abort.status() == CheckStatus.MISSING
                    ? new CheckOutcome.Missing(spec.id(), findings, abort.getMessage())
                    : new CheckOutcome.Pending(spec.id(), findings, abort.getMessage());
            return new Evaluation(outcome, abort);
        } catch (AssertionError failed) {
            Findings findings = context.findings();
            return new Evaluation(new CheckOutcome.Failed(spec.id(), findings,
                    FailureMessage.of(spec, failed.getMessage(), findings)), failed);
        } catch (Exception broken) {
            // A check that cannot evaluate never passes: it fails, saying why.
            Findings findings = context.findings();
            String what = broken.getClass().getSimpleName() + ": " + broken.getMessage();
            return new Evaluation(new CheckOutcome.Failed(spec.id(), findings,
                    FailureMessage.of(spec, "could not evaluate (" + what + ")", findings)), broken);
        }
    }

    /** Looks up an evaluated outcome without evaluating. */
    synchronized Optional<CheckOutcome> peek(String id) {
        return Optional.ofNullable(evaluated.get(id)).map(Evaluation::outcome);
    }
}

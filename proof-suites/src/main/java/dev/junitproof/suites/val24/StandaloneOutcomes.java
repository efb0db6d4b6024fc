package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs VAL24's checks outside the engine, for a caller that needs the soak's verdict as data (VAL27 reading a
 * soak that has no report file yet). Same bodies, same rules as under the engine: a check passes only by
 * running to its end, pending and missing end it, an assertion or any other exception fails it.
 */
final class StandaloneOutcomes implements Outcomes {

    private final Map<String, CheckSpec> specs = new LinkedHashMap<>();
    private final Map<String, CheckOutcome> evaluated = new HashMap<>();

    StandaloneOutcomes(List<PlanNode> plan) {
        collect(plan);
        specs.keySet().forEach(this::evaluate);
    }

    private void collect(List<PlanNode> nodes) {
        for (PlanNode node : nodes) {
            if (node instanceof CheckSpec spec) {
                specs.put(spec.id(), spec);
            } else if (node instanceof CheckGroup group) {
                collect(group.children());
            }
        }
    }

    @Override
    public Optional<CheckOutcome> find(String checkId) {
        return Optional.ofNullable(evaluated.get(checkId));
    }

    @Override
    public List<CheckOutcome> all() {
        List<CheckOutcome> all = new ArrayList<>();
        specs.keySet().forEach(id -> all.add(evaluated.get(id)));
        return all;
    }

    private CheckOutcome evaluate(String id) {
        CheckOutcome done = evaluated.get(id);
        if (done != null) {
            return done;
        }
        CheckSpec spec = specs.get(id);
        Context context = new Context();
        CheckOutcome outcome;
        try {
            spec.body().verify(context);
            outcome = new CheckOutcome.Passed(id, context.findings());
        } catch (Ended ended) {
            outcome = ended.pending
                    ? new CheckOutcome.Pending(id, context.findings(), ended.getMessage())
                    : new CheckOutcome.Missing(id, context.findings(), ended.getMessage());
        } catch (AssertionError failed) {
            outcome = new CheckOutcome.Failed(id, context.findings(), spec.displayName() + " failed: " + failed.getMessage());
        } catch (Exception broken) {
            outcome = new CheckOutcome.Failed(id, context.findings(), spec.displayName() + " could not evaluate ("
                    + broken.getClass().getSimpleName() + ": " + broken.getMessage() + ")");
        }
        evaluated.put(id, outcome);
        return outcome;
    }

    /** How {@link CheckContext#pending} and {@link CheckContext#missing} end a check here. */
    private static final class Ended extends RuntimeException {
        private final boolean pending;

        Ended(boolean pending, String reason) {
            super(reason, null, false, false);
            this.pending = pending;
        }
    }

    private final class Context implements CheckContext {
        private String detail = "";
        private String measured = "";
        private String target = "";
        private SourceRef source;

        Findings findings() {
            return new Findings(detail, measured, target, source);
        }

        public CheckContext detail(String value) {
            detail = value;
            return this;
        }

        public CheckContext measured(String value) {
            measured = value;
            return this;
        }

        public CheckContext target(String value) {
            target = value;
            return this;
        }

        public CheckContext source(SourceRef value) {
            source = value;
            return this;
        }

        public CheckOutcome outcome(String checkId) {
            return evaluate(checkId);
        }

        public void pending(String reason) {
            throw new Ended(true, reason);
        }

        public void missing(String reason) {
            throw new Ended(false, reason);
        }
    }
}

package dev.junitproof.cli;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** {@code --details}: every test and container as it ends, indented by depth, with its outcome. */
final class TreePrinter implements TestExecutionListener {

    private final Terminal terminal;
    private TestPlan plan;

    TreePrinter(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.isContainer() && identifier.getParentId().isPresent()) {
            terminal.out().println(indent(identifier) + identifier.getDisplayName());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            return;
        }
        String mark = switch (result.getStatus()) {
            case SUCCESSFUL -> terminal.green("✔");
            case ABORTED -> terminal.yellow("↷");
            case FAILED -> terminal.red("✘");
        };
        terminal.out().println(indent(identifier) + mark + " " + identifier.getDisplayName()
                + result.getThrowable().filter(t -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                .map(t -> " — " + RunSummaries.firstLine(t.getMessage())).orElse(""));
    }

    private String indent(TestIdentifier identifier) {
        int depth = 0;
        for (TestIdentifier at = identifier; at.getParentId().isPresent(); depth++) {
            at = plan.getTestIdentifier(at.getParentIdObject().orElseThrow());
        }
        return "  ".repeat(Math.max(0, depth - 1));
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ReadinessLevel;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

import java.util.ArrayList;
import java.util.List;

/** A dynamic container: a slice with its checks, a section, the check matrix or the readiness levels. */
final class GroupDescriptor extends ProofContainerDescriptor {

    private final List<PlanNode> plan;
    private final SuiteRunDescriptor.DynamicNodes nodes;
    private final List<LevelDescriptor> levels = new ArrayList<>();
    private final boolean matrix;

    GroupDescriptor(UniqueId uniqueId, String displayName, boolean matrix, TestSource source, List<PlanNode> plan,
            SuiteRunDescriptor.DynamicNodes nodes) {
        super(uniqueId, displayName, source);
        this.matrix = matrix;
        this.plan = plan;
        this.nodes = nodes;
    }

    /** Whether this is the suite's check matrix, whose checks gate readiness. */
    boolean matrix() {
        return matrix;
    }

    void addLevel(ReadinessLevel level) {
        UniqueId id = getUniqueId().append(SuiteRunDescriptor.LEVEL, level.key());
        if (nodes.selection().includes(id)) {
            levels.add(new LevelDescriptor(id, level, nodes.result(), nodes.run(), getDisplayName(),
                    nodes.testSource(level.title(), () -> null)));
        }
    }

    @Override
    public ExecutionMode getExecutionMode() {
        // Checks of one suite run report in plan order on one thread; suites and evidence units run in parallel.
        return ExecutionMode.SAME_THREAD;
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor executor) {
        for (PlanNode node : plan) {
            nodes.register(this, node, executor);
        }
        for (LevelDescriptor level : levels) {
            addChild(level);
            executor.execute(level);
        }
        return context;
    }
}

package dev.junitproof.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The anchor class a consumer project adds ({@code @ProofEvidence}). Evidence the anchor names but that cannot be
 * found fails the anchor, so a misconfigured build is red. Maven Surefire opens a report (a test set) only for a
 * container with a class source, and names everything below a top container with a class source after that class:
 * so the anchor has its {@link ClassSource} only when it runs no suite (then its failure or its empty run is the
 * report), and otherwise leaves each suite run to be its own report (see {@link SurefireTestSets}).
 */
final class AnchorDescriptor extends ProofContainerDescriptor {

    static final String SEGMENT = "anchor";

    private final List<String> problems = new ArrayList<>();
    private final String className;
    private final ClassSource classSource;
    private final boolean reportPerSuiteRun;

    /** @param reportPerSuiteRun {@code proof.surefire.report-per-suite-run}: suite runs are reports of their own */
    AnchorDescriptor(UniqueId uniqueId, Class<?> anchor, boolean reportPerSuiteRun) {
        super(uniqueId, anchor.getSimpleName(), null);
        this.className = anchor.getName();
        this.classSource = ClassSource.from(anchor);
        this.reportPerSuiteRun = reportPerSuiteRun;
    }

    /** Read when the test plan is built, after discovery added the suite runs and problems. */
    @Override
    public Optional<TestSource> getSource() {
        boolean suiteRunsReportAlone = reportPerSuiteRun && problems.isEmpty() && !getChildren().isEmpty();
        return suiteRunsReportAlone ? Optional.empty() : Optional.of(classSource);
    }

    /** Surefire takes the XML classname from here: the full name, as for Jupiter classes and the report file. */
    @Override
    public String getLegacyReportingName() {
        return className;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        return context;
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.observe.SuiteRun;
import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.api.suite.SuiteProof;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One suite proving one evidence unit. Reads the evidence when it executes (not at discovery, so listing tests
 * stays cheap), then registers the suite's groups and checks as dynamic tests and runs them in plan order,
 * followed by one test per readiness level. When done, hands the run's one result to the report listener (through
 * {@link RunChannel}) and fails if its reports could not be written.
 */
final class SuiteRunDescriptor extends ProofContainerDescriptor {

    static final String SEGMENT = "suite";
    static final String GROUP = "group";
    static final String CHECK = "check";
    static final String LEVEL = "level";
    static final String READINESS_GROUP = "readiness";

    private final EvidenceUnit unit;
    private final ProofSuite suite;
    private final Selection selection = new Selection();
    private final boolean ownReport;

    /**
     * @param anchored whether the run sits under an anchor class, i.e. is run by Surefire or an IDE: then it is its
     *                 own Surefire report (see {@link SurefireTestSets}); otherwise its source is the evidence unit
     */
    SuiteRunDescriptor(UniqueId uniqueId, EvidenceUnit unit, ProofSuite suite, boolean anchored) {
        super(uniqueId, suite.title(), anchored ? SurefireTestSets.suiteRunSource(suite.title(), unit.name())
                : DirectorySource.from(unit.unit().toFile()));
        this.unit = unit;
        this.suite = suite;
        this.ownReport = anchored;
    }

    /** Suite and evidence unit, e.g. {@code VAL25 Fleet Rollout Proof - cli-audit-lab-2026-03-23}: Surefire's class name. */
    @Override
    public String getLegacyReportingName() {
        return SurefireTestSets.suiteRunName(suite.title(), unit.name());
    }

    Selection selection() {
        return selection;
    }

    @Override
    public ProofExecutionContext execute(ProofExecutionContext context, DynamicTestExecutor executor) throws Exception {
        String token = RunChannel.open();
        try {
            List<String> problems = run(context, executor, token);
            if (!problems.isEmpty()) {
                // The checks stand; the run fails, because a CI job must not go green with no proof on disk.
                throw new AssertionFailedError(suite.id() + " reports for " + unit.name() + " not written:\n  - "
                        + String.join("\n  - ", problems));
            }
        } finally {
            RunChannel.close(token);
        }
        return context;
    }

    private List<String> run(ProofExecutionContext context, DynamicTestExecutor executor, String token)
            throws InterruptedException {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(ReportKeys.RUN, token);
        entry.put(ReportKeys.SUITE, suite.id());
        entry.put(ReportKeys.EVIDENCE, unit.unit().toString());
        // A report listener attaches to the run's token here, on this thread, before any evidence is read.
        context.listener().reportingEntryPublished(this, ReportEntry.from(entry));

        ProofConfiguration configuration = context.configuration();
        Instant generatedAt = ProofClock.read(configuration::get, System.getenv()).instant();
        EvidenceLedger ledger = new EvidenceLedger();
        SafeEvidenceReader reader = new SafeEvidenceReader(unit.root(), unit.unit(), configuration.readLimits(), ledger,
                new CrossSuiteJudge(context.suites(), configuration, generatedAt, 0));
        SuiteProof proof = suite.prove(reader, configuration);
        publishEnvironment(context, proof);
        ApprovalsFile.Read approvalsFile = ApprovalsFile.read(reader, context.suites());
        Approvals approvals = approvalsFile.forSuite(suite.id(), generatedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        List<PlanNode> fullPlan = ApprovalsCheck.plan(suite.id(), proof.plan(), approvalsFile, approvals);
        PlanIndex plan = new PlanIndex(fullPlan);
        CheckEvaluator evaluator = new CheckEvaluator(plan);
        UniqueId readinessId = getUniqueId().append(GROUP, READINESS_GROUP);
        Set<String> levels = new HashSet<>();
        if (selection.includes(readinessId)) {
            proof.readiness().stream().filter(l -> selection.includes(readinessId.append(LEVEL, l.key())))
                    .forEach(l -> levels.add(l.key()));
        }
        SuiteRunResult result = new SuiteRunResult(suite.id(), proof, plan, evaluator,
                Set.copyOf(includedChecks(getUniqueId(), fullPlan)), levels, selection.partial(), generatedAt,
                ProofReportListener.displayPath(unit.unit()), ledger::entries, approvals);
        SuiteRun run = new SuiteRun(suite.id(), suite.title(), unit.unit().toAbsolutePath());
        DynamicNodes nodes = new DynamicNodes(evaluator, result, reader, selection, configuration.longNames(), run,
                ownReport ? Optional.of(getLegacyReportingName()) : Optional.empty());

        for (PlanNode node : fullPlan) {
            nodes.register(this, node, executor);
        }
        if (!proof.readiness().isEmpty() && selection.includes(readinessId)) {
            GroupDescriptor readiness = new GroupDescriptor(readinessId, "Readiness levels", false, null, List.of(), nodes);
            for (ReadinessLevel level : proof.readiness()) {
                readiness.addLevel(level);
            }
            addChild(readiness);
            executor.execute(readiness);
        }
        executor.awaitFinished();
        return RunChannel.deliver(token, new CompletedRun(suite, proof, unit.unit(), unit.name(), result));
    }

    /**
     * The report's environment lines as one report entry on this suite run ({@code proof.environment.<label>}),
     * for report tools; a suite whose lines cannot be listed publishes none.
     */
    private void publishEnvironment(ProofExecutionContext context, SuiteProof proof) {
        Map<String, String> lines;
        try {
            lines = proof.environment();
        } catch (RuntimeException e) {
            System.err.println("[proof] " + suite.id() + " environment lines not published: " + e);
            return;
        }
        Map<String, String> entry = new LinkedHashMap<>();
        lines.forEach((label, value) -> {
            if (label != null && !label.isBlank() && value != null && !value.isBlank()) {
                entry.put(SuiteProof.ENVIRONMENT_KEY_PREFIX + label, value);
            }
        });
        if (!entry.isEmpty()) {
            context.listener().reportingEntryPublished(this, ReportEntry.from(entry));
        }
    }

    /** The checks that run as tests: the ids {@link DynamicNodes#register} gives them, filtered as it filters. */
    private List<String> includedChecks(UniqueId parent, List<PlanNode> plan) {
        List<String> ids = new ArrayList<>();
        for (PlanNode node : plan) {
            if (node instanceof CheckGroup group) {
                UniqueId id = parent.append(GROUP, group.key());
                if (selection.includes(id)) {
                    ids.addAll(includedChecks(id, group.children()));
                }
            } else if (node instanceof CheckSpec spec && selection.includes(parent.append(CHECK, spec.id()))) {
                ids.add(spec.id());
            }
        }
        return ids;
    }

    /** The tree a suite run registers while it executes. */
    static final class DynamicNodes {
        private final CheckEvaluator evaluator;
        private final SuiteRunResult result;
        private final SafeEvidenceReader reader;
        private final Selection selection;
        private final boolean longNames;
        private final SuiteRun run;
        private final Optional<String> surefireReport;

        /** @param surefireReport the suite run's Surefire report name when it is a report of its own */
        DynamicNodes(CheckEvaluator evaluator, SuiteRunResult result, SafeEvidenceReader reader, Selection selection,
                boolean longNames, SuiteRun run, Optional<String> surefireReport) {
            this.evaluator = evaluator;
            this.result = result;
            this.reader = reader;
            this.selection = selection;
            this.longNames = longNames;
            this.run = run;
            this.surefireReport = surefireReport;
        }

        /** A check's or level's source: the evidence it read, or its place in the suite run's Surefire report. */
        TestSource testSource(String testName, Supplier<TestSource> evidence) {
            return surefireReport.map(report -> SurefireTestSets.testSource(report, testName)).orElseGet(evidence);
        }

        /** What observers learn about a check that just ended: where it sits and the evidence file it read. */
        private CheckEvent event(TestDescriptor parent, CheckSpec spec, CheckOutcome outcome) {
            GroupDescriptor group = parent instanceof GroupDescriptor g ? g : null;
            SourceRef source = outcome.findings().source();
            Optional<Path> file = source != null && reader.isFile(source.file())
                    ? Optional.of(reader.locate(source.file()).toAbsolutePath()) : Optional.empty();
            return new CheckEvent(run, group == null ? "" : group.getDisplayName(), group != null && group.matrix(),
                    spec, outcome, file);
        }

        void register(TestDescriptor parent, PlanNode node, DynamicTestExecutor executor) {
            TestDescriptor child;
            if (node instanceof CheckGroup group) {
                UniqueId id = parent.getUniqueId().append(GROUP, group.key());
                if (!selection.includes(id)) {
                    return;
                }
                child = new GroupDescriptor(id, group.displayName(), group.matrix(), Sources.of(reader, group.source()),
                        group.children(), this);
            } else {
                CheckSpec spec = (CheckSpec) node;
                UniqueId id = parent.getUniqueId().append(CHECK, spec.id());
                if (!selection.includes(id)) {
                    return;
                }
                String name = longNames && parent instanceof GroupDescriptor
                        ? parent.getDisplayName() + " – " + spec.displayName() : spec.displayName();
                child = new CheckDescriptor(id, name, spec, testSource(name, () -> Sources.of(reader, spec.source())),
                        evaluator, outcome -> event(parent, spec, outcome));
            }
            parent.addChild(child);
            executor.execute(child);
        }

        Selection selection() {
            return selection;
        }

        SuiteRunResult result() {
            return result;
        }

        SuiteRun run() {
            return run;
        }
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.observe.CheckEvent;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.api.observe.SuiteRun;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.DirectorySource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One suite proving one evidence unit. Reads the evidence when it executes (not at discovery, so listing tests
 * stays cheap), then registers the suite's groups and checks as dynamic tests and runs them in plan order,
 * followed by one test per readiness level. When done, hands the parsed evidence to the report listener.
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
        String token = CompletedRuns.newToken();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(ReportKeys.RUN, token);
        entry.put(ReportKeys.SUITE, suite.id());
        entry.put(ReportKeys.EVIDENCE, unit.unit().toString());
        context.listener().reportingEntryPublished(this, ReportEntry.from(entry));

        EvidenceLedger ledger = new EvidenceLedger();
        SafeEvidenceReader reader = new SafeEvidenceReader(unit.root(), unit.unit(),
                context.configuration().readLimits(), ledger);
        SuiteProof proof = suite.prove(reader, context.configuration());
        publishEnvironment(context, proof);
        CheckEvaluator evaluator = new CheckEvaluator(proof.plan());
        SuiteRun run = new SuiteRun(suite.id(), suite.title(), unit.unit().toAbsolutePath());
        DynamicNodes nodes = new DynamicNodes(evaluator, reader, selection, token,
                context.configuration().longNames(), run,
                ownReport ? Optional.of(getLegacyReportingName()) : Optional.empty());

        for (PlanNode node : proof.plan()) {
            nodes.register(this, node, executor);
        }
        List<String> levels = new ArrayList<>();
        if (!proof.readiness().isEmpty()) {
            UniqueId groupId = getUniqueId().append(GROUP, READINESS_GROUP);
            if (selection.includes(groupId)) {
                GroupDescriptor readiness = new GroupDescriptor(groupId, "Readiness levels", false, null, List.of(), nodes);
                List<ReadinessLevel> included = proof.readiness().stream()
                        .filter(l -> selection.includes(groupId.append(LEVEL, l.key()))).toList();
                ReadinessReport report = new ReadinessReport(suite.id(), proof, evaluator, unit.unit(), ledger::entries,
                        context.configuration(), includedChecks(getUniqueId(), proof.plan()),
                        ReadinessReport.keys(included), selection.partial(), System.err);
                for (ReadinessLevel level : proof.readiness()) {
                    readiness.addLevel(level, evaluator, report);
                }
                addChild(readiness);
                executor.execute(readiness);
            }
            proof.readiness().forEach(l -> levels.add(l.key()));
        }
        executor.awaitFinished();

        CompletedRuns.put(token, new CompletedRun(suite, proof, unit.unit(), ledger.entries(),
                evaluator.checkIds(), matrixChecks(proof.plan()), levels, selection.partial()));
        return context;
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

    private static List<String> matrixChecks(List<PlanNode> plan) {
        List<String> ids = new ArrayList<>();
        for (PlanNode node : plan) {
            if (node instanceof CheckGroup group) {
                if (group.matrix()) {
                    group.children().stream().filter(CheckSpec.class::isInstance)
                            .map(c -> ((CheckSpec) c).id()).forEach(ids::add);
                }
                ids.addAll(matrixChecks(group.children()));
            }
        }
        return ids;
    }

    /** The tree a suite run registers while it executes. */
    static final class DynamicNodes {
        private final CheckEvaluator evaluator;
        private final SafeEvidenceReader reader;
        private final Selection selection;
        private final String token;
        private final boolean longNames;
        private final SuiteRun run;
        private final Optional<String> surefireReport;

        /** @param surefireReport the suite run's Surefire report name when it is a report of its own */
        DynamicNodes(CheckEvaluator evaluator, SafeEvidenceReader reader, Selection selection, String token,
                boolean longNames, SuiteRun run, Optional<String> surefireReport) {
            this.evaluator = evaluator;
            this.reader = reader;
            this.selection = selection;
            this.token = token;
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
                        evaluator, token,
                        outcome -> event(parent, spec, outcome));
            }
            parent.addChild(child);
            executor.execute(child);
        }

        Selection selection() {
            return selection;
        }

        String token() {
            return token;
        }

        SuiteRun run() {
            return run;
        }
    }
}

package dev.junitproof.cli;

import dev.junitproof.engine.ProofReportListener;
import dev.junitproof.engine.RunReport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * One proof run through the JUnit Launcher API, with the proof engine and its report listener and nothing of the
 * console launcher: the same discovery, tests and report files as under Maven, and what the command line needs
 * to say about it (each run's report, every test that did not pass, whether the engine itself failed).
 */
final class ProofLaunch {

    /** A test or container that did not pass, by display name and unique id, with why. */
    record Unpassed(String uniqueId, String name, TestExecutionResult.Status status, String reason, boolean test) {
    }

    /** What a launch found. */
    record Outcome(List<RunReport> reports, List<Unpassed> unpassed, long testsRun, boolean discoveryFailed,
            String discoveryProblem, List<String> warnings) {

        boolean failed() {
            return unpassed.stream().anyMatch(u -> u.status() == TestExecutionResult.Status.FAILED);
        }
    }

    /**
     * The launcher's logger of discovery issues, kept quiet: the command line prints them itself. Held here, since
     * JUL forgets a logger's level once nothing references the logger.
     */
    private static final java.util.logging.Logger DISCOVERY_NOTIFIER =
            java.util.logging.Logger.getLogger("org.junit.platform.launcher.core.DiscoveryIssueNotifier");

    private ProofLaunch() {
    }

    static Outcome run(List<DiscoverySelector> selectors, Map<String, String> configuration,
            List<TestExecutionListener> extra) {
        List<RunReport> reports = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> config = new LinkedHashMap<>(configuration);
        // The service-registered report listener would write the same files a second time: this run has its own.
        config.put("junit.platform.execution.listeners.deactivate", ProofReportListener.class.getName());
        config.putIfAbsent("proof.report.print", "false");
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(includeEngines("proof"))
                .configurationParameters(config)
                // Discovery issues are said once, as the command line says everything, not in a JUL log record.
                .listeners(new LauncherDiscoveryListener() {
                    @Override
                    public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
                        if (issue.severity() != DiscoveryIssue.Severity.ERROR) {
                            warnings.add(issue.message());
                        }
                    }
                })
                .build();
        DISCOVERY_NOTIFIER.setLevel(java.util.logging.Level.OFF);
        Recorder recorder = new Recorder();
        List<TestExecutionListener> listeners = new ArrayList<>();
        listeners.add(ProofReportListener.reportingTo(reports::add));
        listeners.add(recorder);
        listeners.addAll(extra);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().build());
        launcher.execute(request, listeners.toArray(TestExecutionListener[]::new));
        synchronized (reports) {
            return new Outcome(List.copyOf(reports), List.copyOf(recorder.unpassed), recorder.testsRun,
                    recorder.discoveryProblem != null, recorder.discoveryProblem == null ? "" : recorder.discoveryProblem,
                    List.copyOf(warnings));
        }
    }

    /** Records every test and container that did not pass, and an engine that failed before running anything. */
    private static final class Recorder implements TestExecutionListener {
        private final List<Unpassed> unpassed = Collections.synchronizedList(new ArrayList<>());
        private volatile long testsRun;
        private volatile String discoveryProblem;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
        }

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isTest()) {
                testsRun++;
            }
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                return;
            }
            String reason = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
            if (result.getThrowable().filter(t -> t.getClass().getSimpleName().equals("DiscoveryIssueException")).isPresent()) {
                discoveryProblem = reason;
            }
            unpassed.add(new Unpassed(identifier.getUniqueId(), identifier.getDisplayName(), result.getStatus(), reason,
                    identifier.isTest()));
        }
    }
}

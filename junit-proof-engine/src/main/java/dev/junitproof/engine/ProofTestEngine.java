package dev.junitproof.engine;

import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelHierarchicalTestExecutorServiceFactory;
import org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The proof engine (id {@code proof}): evidence directories in, one test per named check out. Knows no suite;
 * suites come through {@link dev.junitproof.api.suite.ProofSuite} and {@link java.util.ServiceLoader}.
 */
@API(status = STABLE, since = "0.1")
public final class ProofTestEngine extends HierarchicalTestEngine<ProofExecutionContext> {

    public static final String ENGINE_ID = "proof";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.junitproof");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("junit-proof-engine");
    }

    /** From a filtered resource: the standalone (shaded) jar has no per-library manifest to read it from. */
    @Override
    public Optional<String> getVersion() {
        return EngineVersion.get();
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        ProofEngineDescriptor engine = new ProofEngineDescriptor(uniqueId);
        ProofConfiguration configuration = new ProofConfiguration(request.getConfigurationParameters());
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        SuiteCatalog catalog = SuiteCatalog.load();
        ConfigurationCheck.check(request.getConfigurationParameters(), catalog, System.getProperties())
                .forEach(issues::reportIssue);
        EvidenceTree tree = new EvidenceTree(catalog, configuration, issues);
        AnchorClassResolver anchors = new AnchorClassResolver(tree, engine);
        EngineDiscoveryRequestResolver.<ProofEngineDescriptor>builder()
                .addSelectorResolver(new DirectorySelectorResolver(tree, engine))
                .addSelectorResolver(anchors)
                .addSelectorResolver(new UniqueIdSelectorResolver(tree, engine, anchors))
                .build()
                .resolve(request, engine, issues);
        selectWholeRunsNamedById(request, engine);
        if (noDirectoryAsked(request) && engine.getChildren().isEmpty()) {
            // Nothing selected for us: prove what proof.evidence (or proof.verify) names (mvn test -Dproof.evidence=DIR).
            for (Path path : configuration.fallbackPaths()) {
                tree.addDirectory(engine, path);
            }
        }
        return engine;
    }

    /**
     * A suite run whose own unique id (or an ancestor's) was selected runs whole, even when one of its checks was
     * selected too: the platform resolves a unique id it has already met (the run, added for the check) without
     * asking the resolvers again, so the resolver never sees the run's own selection.
     */
    private static void selectWholeRunsNamedById(EngineDiscoveryRequest request, TestDescriptor engine) {
        List<UniqueId> selected = request.getSelectorsByType(UniqueIdSelector.class).stream()
                .map(UniqueIdSelector::getUniqueId).toList();
        if (selected.isEmpty()) {
            return;
        }
        for (TestDescriptor descendant : engine.getDescendants()) {
            if (descendant instanceof SuiteRunDescriptor run
                    && selected.stream().anyMatch(id -> run.getUniqueId().hasPrefix(id))) {
                run.selection().selectWhole();
            }
        }
    }

    private static boolean noDirectoryAsked(EngineDiscoveryRequest request) {
        boolean uniqueIdsForUs = request.getSelectorsByType(UniqueIdSelector.class).stream()
                .anyMatch(s -> s.getUniqueId().getEngineId().map(ENGINE_ID::equals).orElse(false));
        return request.getSelectorsByType(DirectorySelector.class).isEmpty() && !uniqueIdsForUs;
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        ProofConfiguration configuration = new ProofConfiguration(request.getConfigurationParameters());
        if (configuration.parallel()) {
            return ParallelHierarchicalTestExecutorServiceFactory.create(new PrefixedConfigurationParameters(
                    request.getConfigurationParameters(), ProofConfiguration.PARALLEL_CONFIG_PREFIX));
        }
        return new SameThreadHierarchicalTestExecutorService();
    }

    @Override
    protected ProofExecutionContext createExecutionContext(ExecutionRequest request) {
        return new ProofExecutionContext(request.getEngineExecutionListener(),
                new ProofConfiguration(request.getConfigurationParameters()), CheckObservers.load(), SuiteCatalog.load());
    }

}

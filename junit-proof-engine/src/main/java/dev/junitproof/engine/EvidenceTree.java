package dev.junitproof.engine;

import dev.junitproof.api.suite.ProofSuite;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the static part of the tree: evidence units and the suite runs that prove them, under the engine or an
 * anchor class. Shared by the resolvers of every selector kind so that a directory, an anchor class and a unique
 * id all give the same descriptors (and an IDE rerun finds what the first run showed).
 */
final class EvidenceTree {

    private final SuiteCatalog suites;
    private final ProofConfiguration configuration;
    private final DiscoveryIssueReporter issues;
    private final java.util.Map<UniqueId, TestDescriptor> made = new java.util.HashMap<>();

    EvidenceTree(SuiteCatalog suites, ProofConfiguration configuration, DiscoveryIssueReporter issues) {
        this.suites = suites;
        this.configuration = configuration;
        this.issues = issues;
    }

    ProofConfiguration configuration() {
        return configuration;
    }

    /**
     * Adds every suite run a selected directory holds, or the failing test of a path that cannot hold evidence;
     * returns what it added (empty when the directory holds nothing, or does not exist).
     */
    List<TestDescriptor> addDirectory(TestDescriptor parent, Path directory) {
        List<TestDescriptor> runs = new ArrayList<>();
        unusable(directory).ifPresent(reason -> runs.add(UnusableEvidenceDescriptor.addTo(parent, directory, reason)));
        for (EvidenceUnit unit : units(directory, configuration.discoverAll())) {
            for (ProofSuite suite : unit.suites()) {
                if (!inShard(unit, suite)) {
                    continue;
                }
                SuiteRunDescriptor run = suiteRun(parent, unit, suite);
                run.selection().selectWhole();
                runs.add(run);
            }
        }
        return runs;
    }

    private boolean inShard(EvidenceUnit unit, ProofSuite suite) {
        return configuration.shard().map(s -> s.includes(unit.name(), suite.id())).orElse(true);
    }

    /**
     * Finds the suite run named by unit name and suite id among the given locations (a unit may be any dated
     * directory there, not only the newest, since a rerun names the one the first run proved).
     */
    List<SuiteRunDescriptor> addNamed(TestDescriptor parent, List<Path> locations, String unitName,
            Optional<String> suiteId) {
        List<SuiteRunDescriptor> runs = new ArrayList<>();
        for (Path location : locations) {
            for (EvidenceUnit unit : units(location, true)) {
                if (!unit.name().equals(unitName)) {
                    continue;
                }
                for (ProofSuite suite : unit.suites()) {
                    if (suiteId.map(suite.id()::equals).orElse(true)) {
                        runs.add(suiteRun(parent, unit, suite));
                    }
                }
                return runs;
            }
        }
        return runs;
    }

    /**
     * Why a named evidence path cannot hold evidence (it does not exist; a file, FIFO or device; a directory that
     * cannot be listed), or empty. Each is a failing test naming the path, so a run with a wrong evidence path
     * fails where CI looks, while the other named paths are still proved.
     */
    private static Optional<String> unusable(Path path) {
        if (!Files.exists(path)) {
            String link = Files.isSymbolicLink(path) ? " (a link to nothing)" : "";
            return Optional.of("evidence directory " + path + " does not exist" + link + ": nothing can be proved from it."
                    + " Name a lab run's directory or the evidence root above it.");
        }
        if (!Files.isDirectory(path)) {
            String kind = Files.isRegularFile(path) ? "a file" : "a FIFO, device or socket";
            return Optional.of("evidence path " + path + " is " + kind + ", not a directory: nothing can be proved from it."
                    + " Name the directory that holds the evidence (a lab run's directory, or the root above it).");
        }
        try {
            Files.list(path).close();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("evidence directory " + path + " cannot be listed (" + e + "): nothing can be proved from it.");
        }
    }

    private List<EvidenceUnit> units(Path directory, boolean all) {
        if (!Files.exists(directory)) {
            warn("evidence directory " + directory + " does not exist", directory);
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            warn("evidence path " + directory + " is not a directory; nothing to prove there", null);
            return List.of();
        }
        try {
            return EvidenceUnits.locate(directory, suites.all(), all, configuration.verifying());
        } catch (IOException e) {
            warn("evidence directory " + directory + " cannot be listed: " + e.getMessage(), directory);
            return List.of();
        }
    }

    private SuiteRunDescriptor suiteRun(TestDescriptor parent, EvidenceUnit unit, ProofSuite suite) {
        UniqueId evidenceId = parent.getUniqueId().append(EvidenceDescriptor.SEGMENT, unit.name());
        TestDescriptor evidence = child(parent, evidenceId).orElseGet(() -> {
            EvidenceDescriptor created = new EvidenceDescriptor(evidenceId, unit);
            parent.addChild(created);
            return made(created);
        });
        UniqueId runId = evidenceId.append(SuiteRunDescriptor.SEGMENT, suite.id());
        return (SuiteRunDescriptor) child(evidence, runId).orElseGet(() -> {
            SuiteRunDescriptor created = new SuiteRunDescriptor(runId, unit, suite,
                    parent instanceof AnchorDescriptor && configuration.surefireReportPerSuiteRun());
            evidence.addChild(created);
            return made(created);
        });
    }

    /**
     * The descriptor this tree already made for an id. The tree makes every evidence and suite-run descriptor, so
     * an index finds them; searching the parent's children instead costs a pass per unit, quadratic when a
     * thousand evidence directories are selected at once.
     */
    private Optional<TestDescriptor> child(TestDescriptor parent, UniqueId id) {
        TestDescriptor known = made.get(id);
        return known != null && known.getParent().filter(parent::equals).isPresent() ? Optional.of(known) : Optional.empty();
    }

    private <T extends TestDescriptor> T made(T descriptor) {
        made.put(descriptor.getUniqueId(), descriptor);
        return descriptor;
    }

    void warn(String message, Path directory) {
        DiscoveryIssue.Builder issue = DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, message);
        if (directory != null && Files.isDirectory(directory)) {
            issue.source(DirectorySource.from(directory.toFile()));
        }
        issues.reportIssue(issue);
    }
}

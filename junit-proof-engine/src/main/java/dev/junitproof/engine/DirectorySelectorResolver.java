package dev.junitproof.engine;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A selected directory: an evidence unit (its name is claimed by a suite) or an evidence root. */
final class DirectorySelectorResolver implements SelectorResolver {

    private final EvidenceTree tree;
    private final TestDescriptor engine;

    DirectorySelectorResolver(EvidenceTree tree, TestDescriptor engine) {
        this.tree = tree;
        this.engine = engine;
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        List<TestDescriptor> runs = tree.addDirectory(engine, selector.getPath());
        if (runs.isEmpty()) {
            return Resolution.unresolved();
        }
        Set<Match> matches = runs.stream().map(Match::exact).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return Resolution.matches(matches);
    }
}

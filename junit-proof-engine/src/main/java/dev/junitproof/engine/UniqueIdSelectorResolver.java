package dev.junitproof.engine;

import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An IDE rerun: {@code [engine:proof]/[anchor:C]?/[evidence:NAME]/[suite:ID]?/…}. The evidence is found again
 * through the anchor class's evidence or {@code proof.evidence}; below the suite, only the named group or check
 * is shown (the report then says "partial run" and claims no verdict).
 */
final class UniqueIdSelectorResolver implements SelectorResolver {

    private final EvidenceTree tree;
    private final TestDescriptor engine;
    private final AnchorClassResolver anchors;

    UniqueIdSelectorResolver(EvidenceTree tree, TestDescriptor engine, AnchorClassResolver anchors) {
        this.tree = tree;
        this.engine = engine;
        this.anchors = anchors;
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.hasPrefix(engine.getUniqueId())) {
            return Resolution.unresolved();
        }
        int next = 1;
        TestDescriptor parent = engine;
        List<Path> locations = tree.configuration().fallbackPaths();
        if (segments.size() > next && segments.get(next).getType().equals(AnchorDescriptor.SEGMENT)) {
            Optional<Class<?>> anchor = ReflectionSupport.tryToLoadClass(segments.get(next).getValue()).toOptional();
            Optional<AnchorDescriptor> descriptor = anchor.flatMap(anchors::anchorDescriptor);
            if (descriptor.isEmpty()) {
                return Resolution.unresolved();
            }
            parent = descriptor.get();
            locations = anchors.evidenceOf(anchor.get());
            next++;
        }
        if (segments.size() < next + 1 || !segments.get(next).getType().equals(EvidenceDescriptor.SEGMENT)) {
            return Resolution.unresolved();
        }
        boolean namesSuite = segments.size() > next + 1
                && segments.get(next + 1).getType().equals(SuiteRunDescriptor.SEGMENT);
        List<SuiteRunDescriptor> runs = tree.addNamed(parent, locations, segments.get(next).getValue(),
                namesSuite ? Optional.of(segments.get(next + 1).getValue()) : Optional.empty());
        if (runs.isEmpty()) {
            return Resolution.unresolved();
        }
        for (SuiteRunDescriptor run : runs) {
            if (namesSuite && segments.size() > next + 2) {
                run.selection().select(id);
            } else {
                run.selection().selectWhole();
            }
        }
        return Resolution.matches(runs.stream().map(Match::exact)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    }
}

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
 * An IDE rerun: {@code [engine:proof]/[anchor:C]?/[evidence:NAME]/[suite:ID]/…}. The evidence is found again
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
        List<Path> locations = tree.configuration().evidencePaths();
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
        if (segments.size() < next + 2
                || !segments.get(next).getType().equals(EvidenceDescriptor.SEGMENT)
                || !segments.get(next + 1).getType().equals(SuiteRunDescriptor.SEGMENT)) {
            return Resolution.unresolved();
        }
        Optional<SuiteRunDescriptor> run = tree.addNamed(parent, locations,
                segments.get(next).getValue(), segments.get(next + 1).getValue());
        if (run.isEmpty()) {
            return Resolution.unresolved();
        }
        if (segments.size() > next + 2) {
            run.get().selection().select(id);
        } else {
            run.get().selection().selectWhole();
        }
        return Resolution.match(Match.exact(run.get()));
    }
}

package dev.junitproof.engine;

import dev.junitproof.api.ProofEvidence;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A class annotated {@link ProofEvidence}: the anchor Maven Surefire and IDEs select. Its evidence is
 * {@code proof.evidence} when set (so {@code mvn test -Dproof.evidence=DIR} works), else the annotation's.
 * Any other class is not ours.
 */
final class AnchorClassResolver implements SelectorResolver {

    private final EvidenceTree tree;
    private final TestDescriptor engine;

    AnchorClassResolver(EvidenceTree tree, TestDescriptor engine) {
        this.tree = tree;
        this.engine = engine;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> anchor;
        try {
            anchor = selector.getJavaClass();
        } catch (RuntimeException | LinkageError notLoadable) {
            return Resolution.unresolved();
        }
        Optional<AnchorDescriptor> descriptor = anchorDescriptor(anchor);
        if (descriptor.isEmpty()) {
            return Resolution.unresolved();
        }
        AnchorDescriptor found = descriptor.get();
        for (Path path : evidenceOf(anchor)) {
            if (!Files.isDirectory(path)) {
                found.problem("@ProofEvidence on " + anchor.getName() + ": evidence directory " + path.toAbsolutePath()
                        + " does not exist (set proof.evidence or fix the annotation)");
                continue;
            }
            tree.addDirectory(found, path);
        }
        return Resolution.match(Match.exact(found));
    }

    /** The anchor's descriptor under the engine, created once. */
    Optional<AnchorDescriptor> anchorDescriptor(Class<?> anchor) {
        if (!anchor.isAnnotationPresent(ProofEvidence.class)) {
            return Optional.empty();
        }
        UniqueId id = engine.getUniqueId().append(AnchorDescriptor.SEGMENT, anchor.getName());
        Optional<? extends TestDescriptor> existing = engine.findByUniqueId(id);
        if (existing.isPresent()) {
            return Optional.of((AnchorDescriptor) existing.get());
        }
        AnchorDescriptor created = new AnchorDescriptor(id, anchor, tree.configuration().surefireReportPerSuiteRun());
        engine.addChild(created);
        return Optional.of(created);
    }

    List<Path> evidenceOf(Class<?> anchor) {
        List<Path> configured = tree.configuration().evidencePaths();
        if (!configured.isEmpty()) {
            return configured;
        }
        return Arrays.stream(anchor.getAnnotation(ProofEvidence.class).value()).map(Path::of).toList();
    }
}

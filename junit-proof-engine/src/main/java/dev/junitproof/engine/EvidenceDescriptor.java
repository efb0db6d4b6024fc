package dev.junitproof.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.hierarchical.Node;

/** An evidence unit (e.g. {@code cli-audit-lab-2026-03-23}); its children are the suites that prove it. */
final class EvidenceDescriptor extends AbstractTestDescriptor implements Node<ProofExecutionContext> {

    static final String SEGMENT = "evidence";

    private final EvidenceUnit unit;

    EvidenceDescriptor(UniqueId uniqueId, EvidenceUnit unit) {
        super(uniqueId, unit.name(), DirectorySource.from(unit.unit().toFile()));
        this.unit = unit;
    }

    EvidenceUnit unit() {
        return unit;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return true;
    }
}

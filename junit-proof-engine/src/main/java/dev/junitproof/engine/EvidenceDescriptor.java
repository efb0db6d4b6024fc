package dev.junitproof.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/** An evidence unit (e.g. {@code cli-audit-lab-2026-03-23}); its children are the suites that prove it. */
final class EvidenceDescriptor extends ProofContainerDescriptor {

    static final String SEGMENT = "evidence";

    private final EvidenceUnit unit;

    EvidenceDescriptor(UniqueId uniqueId, EvidenceUnit unit) {
        super(uniqueId, unit.name(), DirectorySource.from(unit.unit().toFile()));
        this.unit = unit;
    }

    EvidenceUnit unit() {
        return unit;
    }
}

package dev.junitproof.suites.val27;

import java.util.Optional;

/** The VAL24 soak as VAL27 found it: the directory chosen (and passed over) and what it holds. */
public record Soak(DirectoryChoice directory, SoakEvidence evidence) {

    /** The report file relative to the evidence root, when one was read (for sources and the summary). */
    public Optional<String> reportPath() {
        if (evidence instanceof SoakEvidence.Reported r && !r.source().equals(SoakEvidence.EVALUATED_SOURCE)) {
            return Optional.of(directory.name() + "/" + r.source());
        }
        return Optional.empty();
    }

    public SoakGate gate() {
        return SoakGate.of(this);
    }
}

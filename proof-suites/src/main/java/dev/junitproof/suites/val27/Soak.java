package dev.junitproof.suites.val27;

import java.util.Optional;

/** The VAL24 soak as VAL27 found it: the directory chosen (and passed over), VAL24's judgment, and any document. */
public record Soak(DirectoryChoice directory, SoakEvidence evidence) {

    /** The report document's path relative to the evidence root, when there is one (for sources and summaries). */
    public Optional<String> reportPath() {
        if (evidence instanceof SoakEvidence.Judged judged && judged.document().isPresent()) {
            return Optional.of(directory.name() + "/" + judged.document().get().path());
        }
        if (evidence instanceof SoakEvidence.Unverifiable unverifiable) {
            return Optional.of(directory.name() + "/" + unverifiable.document());
        }
        return Optional.empty();
    }

    /** VAL24's report of the soak, when it judged one. */
    public Optional<Val24Report> judged() {
        return evidence instanceof SoakEvidence.Judged judged ? Optional.of(judged.judged()) : Optional.empty();
    }

    public SoakGate gate() {
        return SoakGate.of(this);
    }
}

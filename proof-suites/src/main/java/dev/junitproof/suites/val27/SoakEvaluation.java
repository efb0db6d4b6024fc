package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.suites.val24.Val24Evaluation;

/**
 * Seam to the VAL24 suite: evaluates a soak that has {@code rounds/} but no report file yet
 * ({@code reports/final.json}, {@code checkpoint-14d.json}, {@code checkpoint-7d.json}).
 *
 * <p>{@link #DEFAULT} asks the VAL24 suite ({@link Val24Evaluation}) to account the soak from its raw files
 * exactly as it would itself; a soak it cannot read at all is {@link SoakEvidence.NotFound} (VAL27-SOAK MISSING).
 * Tests substitute other evaluations through {@link Val27Suite#Val27Suite(SoakEvaluation)}.
 */
@FunctionalInterface
public interface SoakEvaluation {

    /**
     * @param reader        the evidence root's reader
     * @param soakDirectory the soak directory relative to the root, e.g. {@code val24-relay-soak-2026-03-01}
     */
    SoakEvidence evaluate(EvidenceReader reader, String soakDirectory);

    SoakEvaluation NOT_WIRED = (reader, soakDirectory) ->
            new SoakEvidence.InProgress("soak in progress: no VAL24 report yet");

    /**
     * What {@link Val27Suite}'s no-argument constructor (the ServiceLoader's) uses: VAL24's own accounting. The
     * document's {@code generated_at} is left empty: VAL27 reads only the soak's figures, and an evaluation
     * must not read the wall clock.
     */
    SoakEvaluation DEFAULT = (reader, soakDirectory) -> {
        Loaded<ObjectNode> document = Val24Evaluation.evaluate(reader, soakDirectory, "");
        if (document instanceof Loaded.Present<ObjectNode> present) {
            return SoakEvidence.evaluated(reader.bind(present.value(), Val24Report.class));
        }
        return new SoakEvidence.NotFound("VAL24 cannot account " + soakDirectory + ": " + document.missingDetail());
    };
}

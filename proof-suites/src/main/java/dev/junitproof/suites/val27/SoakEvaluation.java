package dev.junitproof.suites.val27;

import dev.junitproof.api.EvidenceReader;

/**
 * Seam to the VAL24 suite: evaluates a soak that has {@code rounds/} but no report file yet
 * ({@code reports/final.json}, {@code checkpoint-14d.json}, {@code checkpoint-7d.json}).
 *
 * <p>VAL24 (package {@code dev.junitproof.suites.val24}) is written in parallel; until it is wired here,
 * {@link #NOT_WIRED} says the soak is in progress, which makes VAL27-SOAK PENDING: never a pass, never a failure
 * VAL27 could not prove. Wiring means returning {@link SoakEvidence#evaluated(Val24Report)} from VAL24's own
 * accounting (or {@link SoakEvidence.InProgress} / {@link SoakEvidence.NotFound}), and passing it to
 * {@link Val27Suite#Val27Suite(SoakEvaluation)} or making it {@link #DEFAULT}.
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

    /** What {@link Val27Suite}'s no-argument constructor (the ServiceLoader's) uses. */
    SoakEvaluation DEFAULT = NOT_WIRED;
}

package dev.junitproof.testing.mutation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What evidence mutation testing found for one suite: each mutant's result, and the score (mutants noticed out of
 * all, informational fields apart) the README quotes.
 */
public record MutationReport(String suite, List<Result> results) {

    public enum Verdict {
        /** A CHANGE mutant that changed an outcome: the field is judged. */
        KILLED,
        /** A CHANGE mutant that changed nothing: a field nothing judges. */
        SURVIVED,
        /** A SAME mutant that changed nothing, as it must. */
        KEPT,
        /** A SAME mutant that changed an outcome: a check stricter (or looser) than its target. */
        UNEXPECTED,
        /** A mutant the suite could not judge at all: bad evidence must never crash a suite. */
        CRASHED,
        /** A mutant of a field the suite declares informational. */
        INFORMATIONAL
    }

    /** @param detail what changed (KILLED, UNEXPECTED), why not (INFORMATIONAL), what was thrown (CRASHED) */
    public record Result(Mutation mutation, Verdict verdict, String detail) {
    }

    public MutationReport {
        results = List.copyOf(results);
    }

    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** The mutants that did not do what they must: survived, unexpected or crashed. */
    public List<Result> failures() {
        return results.stream().filter(r -> r.verdict() == Verdict.SURVIVED || r.verdict() == Verdict.UNEXPECTED
                || r.verdict() == Verdict.CRASHED).toList();
    }

    /** Noticed (killed or kept as required) out of all mutants of judged fields. */
    public long noticed() {
        return count(Verdict.KILLED) + count(Verdict.KEPT);
    }

    public long judged() {
        return results.size() - count(Verdict.INFORMATIONAL);
    }

    /** {@code VAL25 evidence mutation score: 812/812 (100.0 %), 44 informational}. */
    public String summary() {
        double percent = judged() == 0 ? 100 : 100.0 * noticed() / judged();
        return String.format(java.util.Locale.ROOT, "%s evidence mutation score: %d/%d (%.1f %%), %d informational",
                suite, noticed(), judged(), percent, count(Verdict.INFORMATIONAL));
    }

    /** Every failure on its own line, for the assertion message. */
    public String failureText() {
        return failures().stream().map(r -> r.verdict() + " " + r.mutation() + (r.detail().isEmpty() ? "" : " => " + r.detail()))
                .collect(Collectors.joining("\n"));
    }
}

package dev.junitproof.suites.val27;

/**
 * What VAL27 knows about the VAL24 soak: a report document (written by the VAL24 report, or evaluated from the
 * soak's rounds by the VAL24 suite), a soak still running with nothing to judge yet, or nothing readable.
 */
public sealed interface SoakEvidence permits SoakEvidence.Reported, SoakEvidence.InProgress, SoakEvidence.NotFound {

    /** The source label used when the VAL24 suite evaluated {@code rounds/} because no report file exists yet. */
    String EVALUATED_SOURCE = "VAL24 evaluation of rounds/ (no report file yet)";

    /**
     * A VAL24 report document.
     *
     * @param source {@code reports/final.json} (relative to the soak directory), or {@link #EVALUATED_SOURCE}
     */
    record Reported(String source, Val24Report report) implements SoakEvidence {
    }

    /** The soak is running and nothing can be judged yet: VAL27-SOAK is PENDING. */
    record InProgress(String reason) implements SoakEvidence {
    }

    /** No soak, or its report cannot be read: VAL27-SOAK is MISSING. */
    record NotFound(String reason) implements SoakEvidence {
    }

    /** A report the VAL24 suite evaluated from the soak's rounds. */
    static SoakEvidence evaluated(Val24Report report) {
        return new Reported(EVALUATED_SOURCE, report);
    }
}

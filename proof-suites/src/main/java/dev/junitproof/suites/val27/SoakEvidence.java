package dev.junitproof.suites.val27;

import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.Loaded;

import java.util.Optional;

/**
 * What VAL27 knows about the VAL24 soak. The soak's standing is always VAL24's own judgment of the soak
 * directory's raw evidence (rounds, receipts, soak.json); a report document found there ({@code reports/final.json},
 * else a checkpoint) is a claim, cross-checked against that judgment, never the judgment itself.
 */
public sealed interface SoakEvidence
        permits SoakEvidence.Absent, SoakEvidence.Unverifiable, SoakEvidence.Unjudged, SoakEvidence.Judged {

    /** No soak directory under the root (or one that cannot be read): VAL24 is optional, VAL27-SOAK is MISSING. */
    record Absent(String reason) implements SoakEvidence {
    }

    /** A report document with no raw rounds behind it: a claim nothing can verify, so VAL27-SOAK is MISSING. */
    record Unverifiable(String document, String reason) implements SoakEvidence {
    }

    /** Raw rounds VAL24 could not judge at all (the judging suite failed): VAL27-SOAK fails, saying why. */
    record Unjudged(String reason) implements SoakEvidence {
    }

    /**
     * VAL24's judgment of the soak, and the document found beside it, if any.
     *
     * @param judgment the judgment, with VAL24's verdict and report
     * @param judged   that report, bound as VAL27 reads it
     * @param document the report document's path in the soak directory ({@code reports/final.json}) and what it
     *                 holds, when there is one
     */
    record Judged(SuiteJudgment judgment, Val24Report judged, Optional<Document> document) implements SoakEvidence {
    }

    /** A report document: where it is and what could be read from it. */
    record Document(String path, Loaded<Val24Report> claim) {
    }
}

package dev.junitproof.api.result;

import org.apiguardian.api.API;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What the listener recorded for one suite run, handed to the suite to render its reports.
 *
 * @param generatedAt  the report's "Generated" time ({@code proof.clock} or {@code SOURCE_DATE_EPOCH} fix it)
 * @param evidenceDir  the evidence unit as the user named it
 * @param outcomes     recorded check outcomes, in plan order
 * @param readiness    recorded readiness levels, in the suite's order
 * @param verdict      the verdict; empty in a partial run, which claims none
 * @param checksRun    how many checks ran
 * @param checksPlanned how many checks the suite run has
 * @param evidence     every file read, with digest
 */
@API(status = STABLE, since = "0.1")
public record ProofResult(
        Instant generatedAt,
        String evidenceDir,
        Outcomes outcomes,
        List<ReadinessResult> readiness,
        Optional<String> verdict,
        int checksRun,
        int checksPlanned,
        List<EvidenceDigest> evidence) {

    public ProofResult {
        readiness = List.copyOf(readiness);
        evidence = List.copyOf(evidence);
    }

    /** A filtered run (an IDE rerun of one check): the report says so and claims no verdict. */
    public boolean partial() {
        return verdict.isEmpty();
    }

    /** The verdict, or the partial-run notice in its place. */
    public String verdictText() {
        return verdict.orElse("PARTIAL RUN (" + checksRun + " of " + checksPlanned + " checks ran; no verdict)");
    }

    /** {@code 2026-03-23T12:00:00Z}, seconds precision, the form every report prints. */
    public String generatedText() {
        return generatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public Optional<ReadinessResult> readiness(String level) {
        return readiness.stream().filter(r -> r.level().equals(level)).findFirst();
    }
}

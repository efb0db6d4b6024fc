package dev.junitproof.api.result;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A suite's judgment of one evidence directory, made from its raw evidence exactly as the suite would prove it on
 * its own: the checks' outcomes, the readiness levels and the verdict, and the JSON report it would write there.
 * A suite that reads another suite's evidence takes this judgment, never a document the evidence claims.
 *
 * @param suiteId   the judging suite, e.g. {@code VAL24}
 * @param directory the directory judged, relative to the reading suite's evidence unit
 * @param result    outcomes, readiness and verdict of a whole run (never partial)
 * @param report    the {@code proof-report/v1} JSON the suite would write, with its own fields
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteJudgment(String suiteId, String directory, ProofResult result, ObjectNode report) {

    /** The judging suite's verdict. */
    public String verdict() {
        return result.verdictText();
    }
}

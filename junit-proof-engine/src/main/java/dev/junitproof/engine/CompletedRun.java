package dev.junitproof.engine;

import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;

import java.nio.file.Path;

/**
 * A suite run that has finished, as the engine hands it to the report listener: the suite, its proof (which holds
 * the parsed evidence the reports are rendered from), the evidence unit and its name (the report directory's
 * name), and the run's one result.
 */
record CompletedRun(ProofSuite suite, SuiteProof proof, Path unit, String unitName, SuiteRunResult result) {

    PlanIndex plan() {
        return result.plan();
    }
}

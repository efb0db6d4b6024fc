package dev.junitproof.engine;

import dev.junitproof.api.result.EvidenceDigest;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;

import java.nio.file.Path;
import java.util.List;

/**
 * What the engine hands the report listener when a suite run finished: the parsed evidence (inside the suite's
 * proof), the evidence it read with digests, and what was planned, so the listener can tell a partial run.
 * Outcomes are not in here: the listener records them from the test events.
 */
record CompletedRun(
        ProofSuite suite,
        SuiteProof proof,
        Path unit,
        List<EvidenceDigest> evidence,
        List<String> plannedChecks,
        List<String> matrixChecks,
        List<String> plannedLevels,
        boolean filtered) {
}

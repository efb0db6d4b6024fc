package dev.junitproof.suites.pin015;

import java.util.List;

/** {@code phase-b-determinism.json}: the multi-worker determinism harness totals of Phase B. */
record DeterminismReport(long workers, long iterationsPerWorker, long seedsPerIteration, List<String> workflowTypes,
        long totalIterations, long mismatches, double durationS) {

    /** The seed's "Workflow types: 3 (compute, io, llm)". */
    static final List<String> SEED_WORKFLOW_TYPES = List.of("compute", "io", "llm");

    DeterminismReport {
        workflowTypes = List.copyOf(workflowTypes);
    }

    /** What the harness must have run: every worker, iteration, seed and workflow type once. */
    long recomputedIterations() {
        return workers * iterationsPerWorker * seedsPerIteration * workflowTypes.size();
    }
}

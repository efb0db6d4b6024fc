package dev.junitproof.suites.val25;

/** VAL10 slice-specific fields. */
record Val10Report(Batches batches) {

    /** {@code batches {retry, rollback}}. */
    record Batches(Batch retry, Batch rollback) {
    }

    /** Aggregate = (retry_ok + rollback_ok) / (retry_total + rollback_total), recomputed from the counts. */
    Batch aggregate() {
        return new Batch(batches.retry().total() + batches.rollback().total(),
                batches.retry().ok() + batches.rollback().ok());
    }
}

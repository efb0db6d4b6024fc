package dev.junitproof.suites.val25;

/** One VAL10 batch type: how many operations ran and how many succeeded. */
record Batch(int total, int ok) {

    double rate() {
        return total == 0 ? 0.0 : (double) ok / total;
    }

    /** More successes than runs is a batch contradicting itself; its rate proves nothing. */
    boolean consistent() {
        return ok <= total;
    }

    /** Ran at all, counts consistent, rate at or above the target. */
    boolean meets(double targetRate) {
        return total > 0 && consistent() && rate() >= targetRate;
    }
}

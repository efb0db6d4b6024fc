package dev.junitproof.suites.val25;

/** One VAL10 batch type: how many operations ran and how many succeeded. */
record Batch(int total, int ok) {

    double rate() {
        return total == 0 ? 0.0 : (double) ok / total;
    }
}

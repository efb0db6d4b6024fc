package dev.junitproof.suites.val25;

/** VAL09 {@code config}. */
record StuckConfig(double thresholdS, double injectionSleepS) {
}

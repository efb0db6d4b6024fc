package dev.junitproof.suites.val25;

/** VAL07 slice-specific fields. */
record Val07Report(Latency planCreate, Latency planList, Concurrent concurrent) {
}

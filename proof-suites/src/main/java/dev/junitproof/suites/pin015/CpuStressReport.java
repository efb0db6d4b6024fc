package dev.junitproof.suites.pin015;

/** {@code phase-d-cpu-stress.json}: replay determinism under CPU load. */
record CpuStressReport(long stressWorkers, long replayWorkers, long workflows, long replays, long mismatches) {
}

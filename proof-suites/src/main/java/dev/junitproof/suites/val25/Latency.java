package dev.junitproof.suites.val25;

import java.util.List;

/** VAL07 {@code plan_create} / {@code plan_list}: reported percentiles and the raw samples they came from. */
record Latency(int samples, double p50Ms, double p95Ms, double p99Ms, List<Double> samplesMs) {
}

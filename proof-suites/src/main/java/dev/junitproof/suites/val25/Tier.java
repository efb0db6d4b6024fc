package dev.junitproof.suites.val25;

/** One VAL08 throughput tier: N concurrent plan creates. */
record Tier(int n, double wallMs, int errors, double plansPerSec) {
}

package dev.junitproof.suites.val25;

/** VAL07 {@code concurrent}: 5 simultaneous plan creates. */
record Concurrent(int requests, int succeeded, double wallMs) {
}

package dev.junitproof.suites.pin015;

/** Where the shadow run stands, from its evidence alone (never the wall clock). */
enum ShadowState {
    /** The log has its {@code Shadow simulation complete} line. */
    COMPLETE,
    /** No completion line, and the last cycle is less than {@code duration_h} after {@code started_at}. */
    IN_PROGRESS,
    /** No completion line although the last cycle is {@code duration_h} or more after {@code started_at}. */
    STOPPED
}

package dev.junitproof.suites.val25;

import com.fasterxml.jackson.annotation.JsonProperty;

/** VAL11 slice-specific fields: each chaos scenario's outcome. */
record Val11Report(Scenarios scenarios) {

    /** Each {@code "PASS"} or {@code "FAIL"}; snake_case naming would miss the "_3x", hence the explicit name. */
    record Scenarios(String dataDurability, @JsonProperty("rapid_restart_3x") String rapidRestart3x, String stuckProxyDetection, String cascadeRecovery) {
    }
}

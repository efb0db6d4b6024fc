package dev.junitproof.suites.val25;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;

/** VAL11 slice-specific fields: each chaos scenario's outcome. */
record Val11Report(Scenarios scenarios) {

    /** Each {@code "PASS"} or {@code "FAIL"}; snake_case naming would miss the "_3x", hence the explicit name. */
    record Scenarios(String dataDurability, @JsonProperty("rapid_restart_3x") String rapidRestart3x, String stuckProxyDetection, String cascadeRecovery) {

        /** The contract's names of the scenarios recorded FAIL, in the seed's order. */
        List<String> failed() {
            List<String> failed = new ArrayList<>();
            if (!"PASS".equals(dataDurability)) {
                failed.add("data_durability");
            }
            if (!"PASS".equals(rapidRestart3x)) {
                failed.add("rapid_restart_3x");
            }
            if (!"PASS".equals(stuckProxyDetection)) {
                failed.add("stuck_proxy_detection");
            }
            if (!"PASS".equals(cascadeRecovery)) {
                failed.add("cascade_recovery");
            }
            return failed;
        }
    }
}

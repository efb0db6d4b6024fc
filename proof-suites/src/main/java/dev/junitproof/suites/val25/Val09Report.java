package dev.junitproof.suites.val25;

import com.fasterxml.jackson.annotation.JsonProperty;

/** VAL09 slice-specific fields. */
record Val09Report(StuckConfig config, @JsonProperty("scans") Scans scans) {

    /** {@code scans} as the lab writes it ({@code final} is a Java keyword, hence the explicit name). */
    record Scans(int empty, int staleDetected, @JsonProperty("final") int finalCount) {
    }
}

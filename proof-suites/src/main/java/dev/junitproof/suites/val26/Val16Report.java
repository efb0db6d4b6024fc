package dev.junitproof.suites.val26;

/** VAL16 slice-specific fields: split-brain detection and recovery. */
record Val16Report(SplitBrain splitBrain) {

    /** {@code split_brain {epoch_divergence_detected, detection_ms, metadata_injection_recovered, user_data_intact}}. */
    record SplitBrain(boolean epochDivergenceDetected, double detectionMs, boolean metadataInjectionRecovered,
            boolean userDataIntact) {
    }
}

package dev.junitproof.suites.pin015;

/** The evidence contract's file names for one {@code m4-validation-YYYY-MM-DD/} directory, and their schemas. */
final class M4Files {

    static final String PHASE_A = "phase-a-observability.json";
    static final String PHASE_B = "phase-b-determinism.json";
    static final String PHASE_C = "phase-c-golden.json";
    static final String PHASE_D_FAULTS = "phase-d-faults.json";
    static final String PHASE_D_CPU = "phase-d-cpu-stress.json";
    static final String PHASE_E = "phase-e-lifecycle.json";
    static final String SHADOW = "shadow/shadow.json";
    static final String SHADOW_LOG = "shadow/shadow.log";
    static final String RUNBOOK = "runbook.json";
    static final String SIGNOFF = "signoff.json";

    private M4Files() {
    }

    static String schema(String name) {
        return "/dev/junitproof/suites/pin015/" + name + ".schema.json";
    }
}

package dev.junitproof.suites.pin015;

import java.util.List;
import java.util.Optional;

/** {@code phase-d-faults.json}: each injected fault type with the class the lab expected and the one it got. */
record FaultReport(List<Fault> faults, long goldenCorruption) {

    record Fault(String type, boolean injected, String expected, String classified) {
    }

    FaultReport {
        faults = List.copyOf(faults);
    }

    Optional<Integer> indexOf(String type) {
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).type().strip().equals(type)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}

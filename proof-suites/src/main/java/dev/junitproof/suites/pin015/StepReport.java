package dev.junitproof.suites.pin015;

import java.util.List;
import java.util.Optional;

/** {@code phase-c-golden.json} and {@code phase-e-lifecycle.json}: named steps, each PASS or FAIL. */
record StepReport(List<Step> tests) {

    record Step(String name, String result) {
    }

    StepReport {
        tests = List.copyOf(tests);
    }

    /** A step's name as steps are matched: case and surrounding space ignored. */
    static String key(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The index of the step the lab recorded under this name (case and surrounding space ignored). */
    Optional<Integer> indexOf(String name) {
        for (int i = 0; i < tests.size(); i++) {
            if (key(tests.get(i).name()).equals(key(name))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}

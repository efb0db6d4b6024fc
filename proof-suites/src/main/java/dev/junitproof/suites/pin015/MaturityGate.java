package dev.junitproof.suites.pin015;

import java.util.List;

/**
 * One row of the seed's maturity gate checklist and the checks it stands on.
 *
 * @param id       {@code M4-01}..{@code M4-09}, in the seed's order
 * @param title    the seed's gate name
 * @param requires the checks that must all pass
 * @param pendingLabel how the seed prints the gate while it waits ({@code IN PROGRESS} for the shadow run)
 */
record MaturityGate(String id, String title, List<String> requires, String pendingLabel) {

    MaturityGate {
        requires = List.copyOf(requires);
    }
}

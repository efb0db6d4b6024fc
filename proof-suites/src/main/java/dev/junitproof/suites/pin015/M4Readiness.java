package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;

import java.util.List;

/** One level, M4 certified: the nine maturity gates are its criteria, in the seed's order. */
final class M4Readiness {

    static final String M4_CERTIFIED = "M4_CERTIFIED";

    private M4Readiness() {
    }

    static List<ReadinessLevel> levels() {
        List<Criterion> criteria = MaturityGates.GATES.stream()
                .map(g -> Criterion.checks(g.id() + " " + g.title(), g.id()))
                .toList();
        return List.of(new ReadinessLevel(M4_CERTIFIED, "M4 Workflow Engine Maturity Certified", criteria));
    }
}

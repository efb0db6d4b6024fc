package dev.junitproof.suites.slices;

import dev.junitproof.api.suite.ApprovalKind;
import dev.junitproof.api.suite.Criterion;

import java.util.ArrayList;
import java.util.List;

/**
 * A level's requirements that no lab evidence can show, by their contract ids: {@code <LEVEL>-<n>}, the level's key
 * and the requirement's place in the seed's list (first = 1). Each is met only by an attestation in
 * {@code approvals.json}.
 */
public final class ExternalRequirements {

    private ExternalRequirements() {
    }

    public static List<Criterion> attested(String level, List<String> requirements) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            criteria.add(Criterion.external(level + "-" + (i + 1), requirements.get(i), ApprovalKind.ATTESTED));
        }
        return criteria;
    }
}

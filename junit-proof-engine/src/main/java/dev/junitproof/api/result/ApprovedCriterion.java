package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** A readiness criterion met by an approval: which one, and the approval that carried it. */
@API(status = EXPERIMENTAL, since = "0.1")
public record ApprovedCriterion(String criterion, String description, Approval approval) {
}

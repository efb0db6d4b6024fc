package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** A node of the tree a suite proof shows: a group of checks, or a check. */
@API(status = STABLE, since = "0.1")
public sealed interface PlanNode permits CheckGroup, CheckSpec {
}

package dev.junitproof.api.suite;

/** A node of the tree a suite proof shows: a group of checks, or a check. */
public sealed interface PlanNode permits CheckGroup, CheckSpec {
}

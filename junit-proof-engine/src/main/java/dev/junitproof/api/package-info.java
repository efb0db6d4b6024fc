/**
 * What a user of the engine writes: the anchor annotation {@link dev.junitproof.api.ProofEvidence} that Surefire and
 * IDEs select, and {@link dev.junitproof.api.ProofKeys}, every configuration parameter the engine reads. Suite authors
 * implement {@code api.suite}; report tools read {@code api.result} and watch through {@code api.observe}.
 */
@API(status = STABLE, since = "0.1")
package dev.junitproof.api;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;


/**
 * The suite SPI: a {@link dev.junitproof.api.suite.ProofSuite} (found with {@code ServiceLoader}) reads one
 * evidence unit through the engine's {@link dev.junitproof.api.suite.EvidenceReader} and returns a
 * {@link dev.junitproof.api.suite.SuiteProof}: its checks (small pure functions of parsed evidence), readiness levels,
 * verdict rule and report layout. A suite never writes files and never decides a status outside a check.
 */
@API(status = STABLE, since = "0.1")
package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;


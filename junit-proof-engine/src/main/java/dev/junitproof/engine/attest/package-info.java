/**
 * Signed proofs: in-toto statements in DSSE envelopes over a report set, their verification (the built-in ATTEST suite),
 * archives, key rotation, and the command line {@link dev.junitproof.engine.attest.AttestationTool}.
 */
@API(status = INTERNAL, since = "0.1")
package dev.junitproof.engine.attest;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;


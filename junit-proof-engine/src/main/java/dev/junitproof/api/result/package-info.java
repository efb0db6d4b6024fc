/**
 * What a proof run produced, as every report renders it: each check's {@link dev.junitproof.api.result.CheckOutcome}
 * with its findings (typed {@link dev.junitproof.api.result.Measurement} against a typed
 * {@link dev.junitproof.api.result.Target}), the readiness levels, the verdict: one
 * {@link dev.junitproof.api.result.ProofResult} per suite run, built once. Reports are views of it.
 */
@API(status = STABLE, since = "0.1")
package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;


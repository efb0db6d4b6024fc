/**
 * The proof engine (id {@code proof}): discovery of evidence units, execution of each suite run as dynamic tests, the
 * engine's evaluator ({@link dev.junitproof.engine.Judgments} outside a launcher), and the report listener. Knows no
 * suite. Only {@link dev.junitproof.engine.ProofTestEngine} and {@link dev.junitproof.engine.Judgments} are meant to
 * be used directly; the rest is registered through {@code META-INF/services}.
 */
@API(status = INTERNAL, since = "0.1")
package dev.junitproof.engine;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;


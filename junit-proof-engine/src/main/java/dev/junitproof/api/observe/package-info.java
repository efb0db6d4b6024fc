/**
 * Watching checks and readiness levels as they end, on the test's own thread, e.g. to hand them to Allure: a
 * {@link dev.junitproof.api.observe.CheckObserver} found with {@code ServiceLoader}. An observer cannot change an
 * outcome.
 */
@API(status = STABLE, since = "0.1")
package dev.junitproof.api.observe;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;


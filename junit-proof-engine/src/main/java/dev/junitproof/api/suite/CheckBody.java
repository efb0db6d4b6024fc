package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A check: a small pure function of parsed evidence that asserts with AssertJ. It passes by returning, fails by
 * throwing an {@link AssertionError}; {@link CheckContext#pending} and {@link CheckContext#missing} end it as
 * not (yet) provable. Any other exception fails it too: a check never passes on evidence it could not read.
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface CheckBody {

    void verify(CheckContext check) throws Exception;
}

package dev.junitproof.api.observe;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Watches checks and readiness levels as they end, e.g. to hand them to a report tool such as Allure. Found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.junitproof.api.observe.CheckObserver}); there may be none
 * or several. The engine never depends on any implementation.
 *
 * <p>Each method is called on the test's own thread, after it was evaluated and before its test finishes, so a
 * listener that keeps per-thread state for the running test (Allure's does) sees the call inside that test.
 * An observer cannot change an outcome: what it throws is printed to standard error and otherwise ignored.
 */
@API(status = STABLE, since = "0.1")
public interface CheckObserver {

    /** A check was evaluated; its test finishes right after with the outcome in the event. */
    void checkEvaluated(CheckEvent event);

    /** A readiness level was evaluated; its test finishes right after with the result in the event. */
    default void levelEvaluated(LevelEvent event) {
    }
}

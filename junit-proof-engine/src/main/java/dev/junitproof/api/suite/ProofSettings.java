package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/** The run's configuration parameters as a suite may read them (e.g. {@code proof.val24.mode}). */
@API(status = STABLE, since = "0.1")
public interface ProofSettings {

    Optional<String> get(String key);

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }
}

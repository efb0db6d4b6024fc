package dev.junitproof.api.suite;

import java.util.Optional;

/** The run's configuration parameters as a suite may read them (e.g. {@code proof.val24.mode}). */
public interface ProofSettings {

    Optional<String> get(String key);

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }
}

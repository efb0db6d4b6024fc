package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A configuration parameter a suite reads, declared so the engine can check it at discovery: a value it cannot use
 * is an error naming the key, the value and {@link #accepted()}; a {@code proof.*} key nobody declares is a warning.
 *
 * @param key      e.g. {@code proof.val24.mode}
 * @param accepted what values are accepted, in words, e.g. {@code status, daily, checkpoint-7d, checkpoint-14d, final}
 * @param valid    whether a value is one of them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Setting(String key, String accepted, Predicate<String> valid) {

    public Setting {
        if (key == null || !key.startsWith("proof.") || accepted == null || valid == null) {
            throw new IllegalArgumentException("a setting needs a proof.* key, what it accepts and a test of it");
        }
    }

    /** A setting that accepts one of {@code values}. */
    public static Setting oneOf(String key, String... values) {
        java.util.List<String> list = java.util.List.of(values);
        return new Setting(key, "one of " + String.join(", ", list), v -> list.contains(v.strip()));
    }

    /** A setting that accepts a whole number of at least {@code min}. */
    public static Setting atLeast(String key, long min) {
        return new Setting(key, "a whole number >= " + min, v -> {
            try {
                return Long.parseLong(v.strip()) >= min;
            } catch (NumberFormatException e) {
                return false;
            }
        });
    }
}

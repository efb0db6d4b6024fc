package dev.junitproof.engine;

import dev.junitproof.api.ProofKeys;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.Setting;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Checks the run's {@code proof.*} configuration before anything is proved: a value that cannot be used is an
 * error (the engine then runs nothing and fails, saying which key, which value and what is accepted, instead of
 * failing later or falling back to a default); a key that neither the engine ({@link ProofKeys}) nor a suite
 * ({@link ProofSuite#settings()}) knows is a warning that names the closest known key.
 */
final class ConfigurationCheck {

    private ConfigurationCheck() {
    }

    /** The engine's own settings, with what each accepts. */
    static List<Setting> engineSettings() {
        List<Setting> settings = new ArrayList<>();
        settings.add(Setting.oneOf(ProofKeys.DISCOVER, "newest", "all"));
        settings.add(Setting.atLeast(ProofKeys.MAX_FILE_BYTES, 1));
        settings.add(new Setting(ProofKeys.MAX_JSON_DEPTH, "a whole number from 1 to 100000", v -> {
            try {
                int depth = Integer.parseInt(v.strip());
                return depth >= 1 && depth <= 100_000;
            } catch (NumberFormatException e) {
                return false;
            }
        }));
        for (String flag : List.of(ProofKeys.PRINT_REPORTS, ProofKeys.PARALLEL, ProofKeys.SUREFIRE_REPORT_PER_SUITE_RUN)) {
            settings.add(Setting.oneOf(flag, "true", "false"));
        }
        settings.add(Setting.oneOf(ProofKeys.NAMING_STRATEGY, "short", "long"));
        settings.add(new Setting(ProofKeys.SHARD, "I/N with 1 <= I <= N, e.g. 2/4", v -> Shard.parse(v).isPresent()));
        settings.add(new Setting(ProofKeys.CLOCK, "an ISO instant such as 2026-03-23T12:00:00Z", v -> {
            try {
                Instant.parse(v.strip());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }));
        for (String any : List.of(ProofKeys.EVIDENCE, ProofKeys.OUTPUT_DIR, ProofKeys.SIGN_KEY, ProofKeys.SIGN_HMAC_ENV,
                ProofKeys.VERIFY, ProofKeys.VERIFY_KEY, ProofKeys.VERIFY_HMAC_ENV, ProofKeys.VERIFY_EVIDENCE)) {
            settings.add(new Setting(any, "a non-empty value", v -> !v.isBlank()));
        }
        return settings;
    }

    static List<DiscoveryIssue> check(ConfigurationParameters parameters, SuiteCatalog suites, Properties system) {
        Map<String, Setting> known = new LinkedHashMap<>();
        engineSettings().forEach(s -> known.put(s.key(), s));
        for (ProofSuite suite : suites.all()) {
            suite.settings().forEach(s -> known.putIfAbsent(s.key(), s));
        }
        TreeSet<String> keys = new TreeSet<>();
        parameters.keySet().stream().filter(k -> k.startsWith("proof.")).forEach(keys::add);
        system.stringPropertyNames().stream().filter(k -> k.startsWith("proof.")).forEach(keys::add);
        List<DiscoveryIssue> issues = new ArrayList<>();
        for (String key : keys) {
            if (key.startsWith(ProofKeys.PARALLEL_CONFIG_PREFIX)) {
                continue;
            }
            Setting setting = known.get(key);
            if (setting == null) {
                issues.add(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, "unknown configuration parameter "
                        + key + closest(key, known.keySet()).map(k -> " (did you mean " + k + "?)").orElse("")
                        + ": it is ignored"));
                continue;
            }
            Optional<String> value = parameters.get(key);
            if (value.isPresent() && !setting.valid().test(value.get())) {
                issues.add(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, "configuration parameter " + key + "="
                        + value.get() + " cannot be used: it must be " + setting.accepted()));
            }
        }
        return issues;
    }

    /** The known key within three edits of {@code key}, if one is. */
    static Optional<String> closest(String key, java.util.Collection<String> known) {
        return ClosestNames.to(key, known, 3, 1).stream().findFirst();
    }
}

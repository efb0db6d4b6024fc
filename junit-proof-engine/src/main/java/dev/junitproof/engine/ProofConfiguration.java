package dev.junitproof.engine;

import dev.junitproof.api.ProofKeys;
import dev.junitproof.api.suite.ProofSettings;
import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The configuration parameters the engine reads, in one place. */
final class ProofConfiguration implements ProofSettings {

    static final String EVIDENCE = ProofKeys.EVIDENCE;
    static final String DISCOVER = ProofKeys.DISCOVER;
    /** Directories of signed proof reports to verify when nothing is selected (the built-in ATTEST suite). */
    static final String VERIFY = ProofKeys.VERIFY;
    static final String OUTPUT_DIR = ProofKeys.OUTPUT_DIR;
    static final String CLOCK = ProofKeys.CLOCK;
    static final String MAX_FILE_BYTES = ProofKeys.MAX_FILE_BYTES;
    static final String MAX_JSON_DEPTH = ProofKeys.MAX_JSON_DEPTH;
    static final String PRINT_REPORTS = ProofKeys.PRINT_REPORTS;
    static final String PARALLEL = ProofKeys.PARALLEL;
    static final String PLATFORM_PARALLEL = "junit.platform.execution.parallel.enabled";
    static final String PARALLEL_CONFIG_PREFIX = ProofKeys.PARALLEL_CONFIG_PREFIX;
    static final String NAMING_STRATEGY = ProofKeys.NAMING_STRATEGY;
    static final String SUREFIRE_REPORT_PER_SUITE_RUN = ProofKeys.SUREFIRE_REPORT_PER_SUITE_RUN;

    private final ConfigurationParameters parameters;

    ProofConfiguration(ConfigurationParameters parameters) {
        this.parameters = parameters;
    }

    /** The configuration of settings given as a plain lookup (the engine's evaluator used outside a launcher). */
    static ProofConfiguration of(ProofSettings settings) {
        if (settings instanceof ProofConfiguration configuration) {
            return configuration;
        }
        return new ProofConfiguration(new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return settings.get(key);
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return settings.get(key).map(Boolean::parseBoolean);
            }

            @Override
            public <T> Optional<T> get(String key, java.util.function.Function<? super String, ? extends T> transformer) {
                return settings.get(key).map(transformer);
            }

            @Override
            public java.util.Set<String> keySet() {
                return java.util.Set.of();
            }
        });
    }

    ConfigurationParameters parameters() {
        return parameters;
    }

    @Override
    public Optional<String> get(String key) {
        return parameters.get(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** {@code proof.evidence}: comma-separated directories, used when no directory is selected. */
    List<Path> evidencePaths() {
        return get(EVIDENCE).map(ProofConfiguration::paths).orElse(List.of());
    }

    /**
     * Where to look when no directory is selected, and where an IDE rerun finds its unit: {@code proof.evidence}
     * then {@code proof.verify}. (Anchor classes keep reading {@code proof.evidence} alone.)
     */
    List<Path> fallbackPaths() {
        List<Path> all = new java.util.ArrayList<>(evidencePaths());
        get(VERIFY).map(ProofConfiguration::paths).ifPresent(all::addAll);
        return List.copyOf(all);
    }

    static List<Path> paths(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Path::of)
                .toList();
    }

    /** {@code proof.discover=all}: every dated directory of a root, not only the newest. */
    boolean discoverAll() {
        return get(DISCOVER).map("all"::equalsIgnoreCase).orElse(false);
    }

    /** The read limits; discovery refused a value that is not a number ({@link ConfigurationCheck}). */
    ReadLimits readLimits() {
        long bytes = get(MAX_FILE_BYTES).map(v -> Long.parseLong(v.strip())).orElse(ReadLimits.DEFAULT.maxFileBytes());
        int depth = get(MAX_JSON_DEPTH).map(v -> Integer.parseInt(v.strip())).orElse(ReadLimits.DEFAULT.maxJsonDepth());
        return new ReadLimits(bytes, depth);
    }

    /**
     * {@code proof.naming-strategy=long} puts the group in front of each check's name ({@code VAL07 Fleet Rollout
     * Latency Baseline – VAL07-01 …}): Surefire's XML names a non-method test by its display name alone.
     */
    boolean longNames() {
        return get(NAMING_STRATEGY).map("long"::equalsIgnoreCase).orElse(false);
    }

    /**
     * {@code proof.surefire.report-per-suite-run}: under an anchor class each suite run is its own Surefire report
     * (see {@link SurefireTestSets}), or one report per anchor class with each check's evidence file as its source,
     * which an IDE opens. By default the engine looks at who runs it: Surefire gets its reports per suite run, an
     * IDE (which runs the JUnit Platform itself) gets the evidence files; setting the parameter decides instead.
     */
    boolean surefireReportPerSuiteRun() {
        return parameters.getBoolean(SUREFIRE_REPORT_PER_SUITE_RUN).orElseGet(ProofConfiguration::underSurefire);
    }

    /** Surefire's forked test JVM sets {@code surefire.test.class.path}; an IDE or the console launcher does not. */
    static boolean underSurefire() {
        return System.getProperty("surefire.test.class.path") != null;
    }

    /**
     * Whether this run verifies signed reports ({@code proof.verify} or a verification key is set): then only
     * report directories are proved, never the evidence suites over the reports' own directories.
     */
    boolean verifying() {
        return get(VERIFY).isPresent() || get(ProofKeys.VERIFY_KEY).isPresent() || get(ProofKeys.VERIFY_HMAC_ENV).isPresent();
    }

    /** {@code proof.shard}: only this share of the suite runs is proved; all when unset. */
    Optional<Shard> shard() {
        return get(ProofKeys.SHARD).flatMap(Shard::parse);
    }

    boolean parallel() {
        return parameters.getBoolean(PARALLEL).or(() -> parameters.getBoolean(PLATFORM_PARALLEL)).orElse(false);
    }
}

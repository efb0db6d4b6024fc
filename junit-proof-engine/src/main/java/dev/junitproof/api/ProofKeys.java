package dev.junitproof.api;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Every configuration parameter the engine reads, in one place: set them as {@code -Dkey=value} on {@code mvn test},
 * in {@code junit-platform.properties}, or with {@code --config=key=value}. A suite's own parameters
 * ({@code proof.val24.mode}, ...) are declared by the suite ({@code ProofSuite.settings()}). A value the engine
 * cannot use is a discovery error naming the key, the value and what is accepted; a {@code proof.*} key that
 * neither the engine nor a suite knows is a warning, so a typo never falls back to a default unseen.
 */
@API(status = STABLE, since = "0.1")
public final class ProofKeys {

    /** Comma-separated evidence directories or roots: overrides an anchor's, used when nothing is selected. */
    public static final String EVIDENCE = "proof.evidence";
    /** {@code newest} (default: the newest dated directory per suite) or {@code all}. */
    public static final String DISCOVER = "proof.discover";
    /** Where reports are written (default {@code target/proof-reports}). */
    public static final String OUTPUT_DIR = "proof.output.dir";
    /** ISO instant for the reports' "Generated" time (default {@code SOURCE_DATE_EPOCH}, else now). */
    public static final String CLOCK = "proof.clock";
    /** Largest evidence file read, in bytes (default 67108864). */
    public static final String MAX_FILE_BYTES = "proof.max-file-bytes";
    /** Deepest JSON nesting accepted (default 256). */
    public static final String MAX_JSON_DEPTH = "proof.max-json-depth";
    /** {@code false} stops printing the text reports (they are written either way). */
    public static final String PRINT_REPORTS = "proof.report.print";
    /** Run suites and checks in parallel ({@code junit.platform.execution.parallel.enabled} when unset). */
    public static final String PARALLEL = "proof.execution.parallel.enabled";
    /** Prefix of the parallel executor's settings, e.g. {@code proof.execution.parallel.config.strategy}. */
    public static final String PARALLEL_CONFIG_PREFIX = "proof.execution.parallel.config.";
    /** {@code short} (default) or {@code long}: the group in front of each check's name. */
    public static final String NAMING_STRATEGY = "proof.naming-strategy";
    /** Under an anchor class, each suite run its own Surefire report (default {@code true}). */
    public static final String SUREFIRE_REPORT_PER_SUITE_RUN = "proof.surefire.report-per-suite-run";
    /** {@code I/N}: prove only shard I of N of the suite runs (each run's own name decides its shard). */
    public static final String SHARD = "proof.shard";
    /** Signed reports: a PKCS#8 PEM Ed25519 private key file. */
    public static final String SIGN_KEY = "proof.sign.key";
    /** Signed reports: the name of the environment variable that holds an HMAC-SHA256 key. */
    public static final String SIGN_HMAC_ENV = "proof.sign.hmac-key-env";
    /** Directories of signed reports to verify when nothing is selected. */
    public static final String VERIFY = "proof.verify";
    /** Verification: an X.509 PEM Ed25519 public key file. */
    public static final String VERIFY_KEY = "proof.verify.key";
    /** Verification: the name of the environment variable that holds the HMAC key. */
    public static final String VERIFY_HMAC_ENV = "proof.verify.hmac-key-env";
    /** Verification: the evidence directory, or the evidence root holding it, instead of the report's own path. */
    public static final String VERIFY_EVIDENCE = "proof.verify.evidence";

    /** Every key above but the prefix, in the order the README lists them. */
    public static final List<String> ALL = List.of(EVIDENCE, DISCOVER, OUTPUT_DIR, CLOCK, MAX_FILE_BYTES, MAX_JSON_DEPTH,
            PRINT_REPORTS, PARALLEL, NAMING_STRATEGY, SUREFIRE_REPORT_PER_SUITE_RUN, SHARD, SIGN_KEY, SIGN_HMAC_ENV, VERIFY,
            VERIFY_KEY, VERIFY_HMAC_ENV, VERIFY_EVIDENCE);

    private ProofKeys() {
    }
}

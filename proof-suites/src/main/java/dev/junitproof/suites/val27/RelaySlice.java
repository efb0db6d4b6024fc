package dev.junitproof.suites.val27;

import dev.junitproof.suites.slices.SliceSpec;

/**
 * The five core relay validation slices VAL27 consolidates, each a standalone runner writing its own dated
 * directory under the evidence root (seed §2 and the contract's Relay table).
 */
public enum RelaySlice {
    VAL19("val19-relay-impairment-", "Relay Impairment Validation", "val19-report.json",
            "val19-report.schema.json", "impairment", Val19Report.class),
    VAL20("val20-relay-throughput-local-", "Relay Throughput Benchmark", "val20-baseline.json",
            "val20-baseline.schema.json", "throughput", Val20Report.class),
    VAL21("val21-relay-overflow-local-", "Queue Depth + Overflow", "val21-summary.json",
            "val21-summary.schema.json", "overflow", Val21Report.class),
    VAL22("val22-relay-deadletter-local-", "Deadletter Workflow", "val22-summary.json",
            "val22-summary.schema.json", "deadletter workflow", Val22Report.class),
    VAL23("val23-relay-bandwidth-local-", "Bandwidth Management", "val23-summary.json",
            "val23-summary.schema.json", "bandwidth", Val23Report.class);

    /** Every slice report has exactly ten checks (contract: "every other slice: 10"). */
    public static final int EXPECTED_CHECKS = 10;

    private static final String SCHEMA_DIR = "/dev/junitproof/suites/val27/";

    private final String prefix;
    private final String title;
    private final String file;
    private final String schema;
    private final String kind;
    private final Class<?> model;

    RelaySlice(String prefix, String title, String file, String schema, String kind, Class<?> model) {
        this.prefix = prefix;
        this.title = title;
        this.file = file;
        this.schema = schema;
        this.kind = kind;
        this.model = model;
    }

    /** Directory prefix, e.g. {@code val19-relay-impairment-}; a matching directory adds {@code YYYY-MM-DD}. */
    public String prefix() {
        return prefix;
    }

    /** The seed's slice name, e.g. {@code Relay Impairment Validation}. */
    public String title() {
        return title;
    }

    /** The report file inside the slice's directory, e.g. {@code val19-report.json}. */
    public String file() {
        return file;
    }

    /** How the matrix names the report, e.g. VAL27-01 "VAL19 impairment report found ...". */
    public String kind() {
        return kind;
    }

    public Class<?> model() {
        return model;
    }

    /** {@code val19}, as the matrix detail lines print it. */
    public String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String schemaResource() {
        return SCHEMA_DIR + schema;
    }

    /**
     * The shared slice spec for a report at {@code path} (relative to the evidence root), so the slice's tests
     * point at the file in the directory actually chosen.
     */
    public SliceSpec spec(String path) {
        return new SliceSpec(name(), title, path, schemaResource(), EXPECTED_CHECKS);
    }
}

package dev.junitproof.suites.val26;

import dev.junitproof.suites.slices.SliceSpec;

import java.util.List;

/** The five HA slices VAL26 consolidates (seed §1), each with 10 checks. */
final class HaSlices {

    private static final String SCHEMAS = "/dev/junitproof/suites/val26/";

    static final SliceSpec VAL13 = slice("VAL13", "HA Failover Validation");
    static final SliceSpec VAL14 = slice("VAL14", "HA Replication Lag Baseline");
    static final SliceSpec VAL15 = slice("VAL15", "Backup/Restore Validation");
    static final SliceSpec VAL16 = slice("VAL16", "Split-Brain Chaos Validation");
    static final SliceSpec VAL17 = slice("VAL17", "Quorum Loss Validation");

    static final List<SliceSpec> ALL = List.of(VAL13, VAL14, VAL15, VAL16, VAL17);

    private HaSlices() {
    }

    private static SliceSpec slice(String val, String name) {
        String file = val.toLowerCase() + "-report.json";
        return new SliceSpec(val, name, file, SCHEMAS + val.toLowerCase() + "-report.schema.json", 10);
    }
}

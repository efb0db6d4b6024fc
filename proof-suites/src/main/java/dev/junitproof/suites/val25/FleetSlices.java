package dev.junitproof.suites.val25;

import dev.junitproof.suites.slices.SliceSpec;

import java.util.List;

/** The five slices VAL25 consolidates, with the names its report prints (seed §7). */
final class FleetSlices {

    private static final String SCHEMAS = "/dev/junitproof/suites/val25/";

    static final SliceSpec VAL07 = slice("VAL07", "Fleet Rollout Latency Baseline", 9);
    static final SliceSpec VAL08 = slice("VAL08", "Fleet Rollout Throughput", 10);
    static final SliceSpec VAL09 = slice("VAL09", "Stuck Rollout Detection", 10);
    static final SliceSpec VAL10 = slice("VAL10", "Rollback Reliability", 10);
    static final SliceSpec VAL11 = slice("VAL11", "Fleet Rollout Chaos", 10);

    static final List<SliceSpec> ALL = List.of(VAL07, VAL08, VAL09, VAL10, VAL11);

    private FleetSlices() {
    }

    private static SliceSpec slice(String val, String name, int checks) {
        String file = val.toLowerCase() + "-report.json";
        return new SliceSpec(val, name, file, SCHEMAS + val.toLowerCase() + "-report.schema.json", checks);
    }
}

package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.InformationalField;

import java.util.List;

/**
 * The evidence fields VAL26 reads and judges nowhere, each with the reason (evidence mutation testing leaves them
 * apart; the README lists them). Every other field of VAL13–VAL17 decides some outcome.
 */
final class HaInformationalFields {

    private static final String ALL_SLICES = "val1*-report.json";

    private HaInformationalFields() {
    }

    static List<InformationalField> all() {
        return List.of(
                new InformationalField(ALL_SLICES, "/title",
                        "the lab's title for its own report; the report prints the seed's slice names"),
                new InformationalField(ALL_SLICES, "/checks/*/detail",
                        "free text the lab may add to a check (contract: optional); printed as the check's detail, never judged"),
                new InformationalField(ALL_SLICES, "/checks/*/name",
                        "a label, shown as the test's name: the contract fixes checks by id (VAL13-03/04, VAL15-06, VAL17-02/03/04)"),
                new InformationalField("val13-report.json", "/method/poll_interval_ms",
                        "how failover completion was observed: printed in the method line, no target in the seed"),
                new InformationalField("val14-report.json", "/lag/idle_p95_ms",
                        "the baseline noise floor (informational in the seed); it feeds only the derived alerting thresholds"),
                new InformationalField("val14-report.json", "/lag/light_p95_ms",
                        "feeds only the derived alerting thresholds, which the seed labels derived, not workplan targets"),
                new InformationalField("val14-report.json", "/lag/heavy_p99_ms", "informational in the seed (no threshold)"),
                new InformationalField("val14-report.json", "/workload/**",
                        "the load the lag was measured under (100 rows x 500 B, 500 rows x 2,000 B): printed, no target"),
                new InformationalField("val14-report.json", "/thresholds/**",
                        "the lab's own derivation of the alerting thresholds: compared with the ones derived from the "
                                + "measured lag and a disagreement reported, never judged (the seed: derived, not targets)"),
                new InformationalField("val16-report.json", "/split_brain/detection_ms",
                        "the seed gives the split-brain detection time no target: printed only"));
    }
}

package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceMatrixChecks;

import java.util.List;

/**
 * VAL11's four chaos scenarios (§3: "reported as pass/fail for each of four scenarios"), one check each, judged on
 * the scenario's own recorded outcome whatever the slice's check list says.
 */
final class ChaosFigures {

    static final String DATA_DURABILITY = "VAL11-data-durability";
    static final String RAPID_RESTART = "VAL11-rapid-restart";
    static final String STUCK_PROXY = "VAL11-stuck-proxy";
    static final String CASCADE_RECOVERY = "VAL11-cascade-recovery";

    static final List<String> IDS = List.of(DATA_DURABILITY, RAPID_RESTART, STUCK_PROXY, CASCADE_RECOVERY);

    /** The seed's description of each scenario, in the order of {@link Val11Report#SEED_SCENARIOS}. */
    private static final List<String> TITLES = List.of(
            "data durability: SQLite data survives SIGTERM + restart",
            "3x rapid restart: CP survives 3 consecutive SIGTERM + restart cycles",
            "stuck proxy detection: device-unresponsive plan detected by the stuck scanner",
            "cascade recovery: 3 stuck plans return to terminal states after manual intervention");

    private static final String FILE = FleetSlices.VAL11.file();

    private final FleetEvidence evidence;

    ChaosFigures(FleetEvidence evidence) {
        this.evidence = evidence;
    }

    List<CheckSpec> checks() {
        return List.of(scenario(0), scenario(1), scenario(2), scenario(3));
    }

    private CheckSpec scenario(int index) {
        String name = Val11Report.SEED_SCENARIOS.get(index);
        SourceRef source = SourceRef.of(FILE, "/scenarios/" + name);
        return new CheckSpec(IDS.get(index), TITLES.get(index), source, check -> {
            // Words, not the lab's PASS/FAIL: a report prints this check's own status beside them.
            check.source(source).target("recorded as passed");
            Val11Report report = required(check);
            boolean passed = report.passed(name);
            check.measured(passed ? "recorded as passed" : "recorded as " + report.recorded(name).toLowerCase());
            if (!passed) {
                throw new AssertionError("VAL11 scenario " + name + " recorded " + report.recorded(name) + " in " + source);
            }
        }).withCriterion("/scenarios/" + name + " recorded PASS in " + FILE);
    }

    private Val11Report required(CheckContext check) {
        return SliceMatrixChecks.required(evidence.val11(), evidence.slices().slice(FleetSlices.VAL11), check);
    }
}

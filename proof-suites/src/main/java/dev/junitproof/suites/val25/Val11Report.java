package dev.junitproof.suites.val25;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VAL11 slice-specific fields: each chaos scenario's outcome, as the lab recorded it. The schema requires the
 * seed's four scenarios, each {@code "PASS"} or {@code "FAIL"}; a lab may record more (unknown fields are allowed),
 * and those are kept so that none is ignored: one that did not pass fails VAL25-05, one that passed is reported.
 */
record Val11Report(Map<String, JsonNode> scenarios) {

    /** The seed's four scenarios (§3), by the contract's names, in the seed's order. */
    static final List<String> SEED_SCENARIOS =
            List.of("data_durability", "rapid_restart_3x", "stuck_proxy_detection", "cascade_recovery");

    Val11Report {
        scenarios = scenarios == null ? Map.of() : new LinkedHashMap<>(scenarios);
    }

    /** Whether the lab recorded the scenario as passed ({@code "PASS"} exactly). */
    boolean passed(String scenario) {
        JsonNode outcome = scenarios.get(scenario);
        return outcome != null && outcome.isTextual() && outcome.asText().equals("PASS");
    }

    /** The outcome as the lab wrote it, e.g. {@code "FAIL"} or {@code 7} for a scenario the seed does not name. */
    String recorded(String scenario) {
        JsonNode outcome = scenarios.get(scenario);
        return outcome == null ? "absent" : outcome.isTextual() ? outcome.asText() : outcome.toString();
    }

    /** Scenarios the lab recorded that the seed does not name, in the lab's order. */
    List<String> extra() {
        return scenarios.keySet().stream().filter(name -> !SEED_SCENARIOS.contains(name)).toList();
    }

    /** Every scenario, the seed's and any extra, that the lab did not record as passed. */
    List<String> notPassed() {
        List<String> failed = new ArrayList<>();
        for (String name : SEED_SCENARIOS) {
            if (!passed(name)) {
                failed.add(name);
            }
        }
        for (String name : extra()) {
            if (!passed(name)) {
                failed.add(name);
            }
        }
        return failed;
    }
}

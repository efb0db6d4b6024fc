package dev.junitproof.suites.val26;

import dev.junitproof.api.suite.CheckSpec;

import java.util.List;

/**
 * VAL14's two targets (§3): the LSN gap drains after the light and heavy workloads. The lag percentiles feed the
 * derived alerting thresholds or are informational, and the thresholds are derived, not targets: no check judges
 * them, and the report prints them without a status.
 */
final class LagFigures {

    static final String LIGHT_DRAIN = "VAL14-light-drain";
    static final String HEAVY_DRAIN = "VAL14-heavy-drain";

    static final List<String> IDS = List.of(LIGHT_DRAIN, HEAVY_DRAIN);

    private final HaFigureChecks shapes;

    LagFigures(HaEvidence evidence) {
        this.shapes = new HaFigureChecks(evidence);
    }

    List<CheckSpec> checks() {
        return List.of(
                shapes.timing(LIGHT_DRAIN, "light_drain_ms", HaSlices.VAL14, HaEvidence::val14, "/lag/light_drain_ms",
                        r -> r.lag().lightDrainMs(), HaTargets.LIGHT_DRAIN),
                shapes.timing(HEAVY_DRAIN, "heavy_drain_ms", HaSlices.VAL14, HaEvidence::val14, "/lag/heavy_drain_ms",
                        r -> r.lag().heavyDrainMs(), HaTargets.HEAVY_DRAIN));
    }
}

package dev.junitproof.api.result;

import dev.junitproof.api.suite.SourceRef;
import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a check recorded while it ran, whatever its outcome.
 *
 * @param detail        the line the report prints under the matrix row, e.g. {@code measured p99=24.1ms}
 * @param measured      the measured value as printed, e.g. {@code 24.1 ms}
 * @param target        the target as printed, e.g. {@code <= 500 ms}
 * @param source        the evidence file and field the measured value came from, or {@code null}
 * @param measuredValue the measured figure as a number with its unit, when the check measured one
 * @param targetValue   the typed target, when the check judged a figure against one
 */
@API(status = STABLE, since = "0.1")
public record Findings(String detail, String measured, String target, SourceRef source,
        Optional<Measurement> measuredValue, Optional<Target> targetValue) {

    public static final Findings NONE = new Findings("", "", "", null);

    public Findings {
        detail = detail == null ? "" : detail;
        measured = measured == null ? "" : measured;
        target = target == null ? "" : target;
        measuredValue = measuredValue == null ? Optional.empty() : measuredValue;
        targetValue = targetValue == null ? Optional.empty() : targetValue;
    }

    /** Findings in words only (a check that judges no single figure). */
    public Findings(String detail, String measured, String target, SourceRef source) {
        this(detail, measured, target, source, Optional.empty(), Optional.empty());
    }
}

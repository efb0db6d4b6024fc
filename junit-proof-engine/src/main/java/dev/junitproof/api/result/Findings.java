package dev.junitproof.api.result;

import dev.junitproof.api.suite.SourceRef;

/**
 * What a check recorded while it ran, whatever its outcome.
 *
 * @param detail   the line the report prints under the matrix row, e.g. {@code measured p99=24.1ms}
 * @param measured the measured value, e.g. {@code 24.1 ms}
 * @param target   the target, e.g. {@code <= 500 ms}
 * @param source   the evidence file and field the measured value came from, or {@code null}
 */
public record Findings(String detail, String measured, String target, SourceRef source) {

    public static final Findings NONE = new Findings("", "", "", null);

    public Findings {
        detail = detail == null ? "" : detail;
        measured = measured == null ? "" : measured;
        target = target == null ? "" : target;
    }
}

package dev.junitproof.api.result;

import java.util.List;

/** A readiness level evaluated against check outcomes; {@code unmet} lists the criteria in the level's order. */
public record ReadinessResult(String level, ReadinessStatus status, List<String> unmet) {

    public ReadinessResult {
        unmet = List.copyOf(unmet);
    }

    public boolean ready() {
        return status == ReadinessStatus.READY;
    }
}

package dev.junitproof.api.result;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/** A readiness level evaluated against check outcomes; {@code unmet} lists the criteria in the level's order. */
@API(status = STABLE, since = "0.1")
public record ReadinessResult(String level, ReadinessStatus status, List<String> unmet) {

    public ReadinessResult {
        unmet = List.copyOf(unmet);
    }

    public boolean ready() {
        return status == ReadinessStatus.READY;
    }
}

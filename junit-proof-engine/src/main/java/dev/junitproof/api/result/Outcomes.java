package dev.junitproof.api.result;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The outcomes of a suite run's checks, in plan order. */
public interface Outcomes {

    /** The outcome of a check, empty when it did not run (a filtered, partial run). */
    Optional<CheckOutcome> find(String checkId);

    /** Every recorded outcome in plan order. */
    List<CheckOutcome> all();

    default boolean passed(String checkId) {
        return find(checkId).map(CheckOutcome::passed).orElse(false);
    }

    default boolean allPassed(String... checkIds) {
        return Arrays.stream(checkIds).allMatch(this::passed);
    }

    /** {@code PASS}, {@code FAIL}, {@code PENDING}, {@code MISSING}, or {@code NOT RUN}. */
    default String statusLabel(String checkId) {
        return find(checkId).map(o -> o.status().name()).orElse("NOT RUN");
    }

    default Findings findings(String checkId) {
        return find(checkId).map(CheckOutcome::findings).orElse(Findings.NONE);
    }
}

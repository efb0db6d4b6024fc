package dev.junitproof.api.result;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/** The outcomes of a suite run's checks, in plan order. */
@API(status = STABLE, since = "0.1")
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

    /** The check's status; {@link CheckStatus#NOT_RUN} when it did not run (a partial run). */
    default CheckStatus status(String checkId) {
        return find(checkId).map(CheckOutcome::status).orElse(CheckStatus.NOT_RUN);
    }

    /** The status word every report prints for a check: {@code PASS}, {@code FAIL}, ..., {@code NOT_RUN}. */
    default String statusLabel(String checkId) {
        return status(checkId).name();
    }

    default Findings findings(String checkId) {
        return find(checkId).map(CheckOutcome::findings).orElse(Findings.NONE);
    }
}

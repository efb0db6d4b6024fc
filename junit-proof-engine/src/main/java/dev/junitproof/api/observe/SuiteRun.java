package dev.junitproof.api.observe;

import org.apiguardian.api.API;

import java.nio.file.Path;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One suite proving one evidence unit, as observers see it.
 *
 * @param suiteId      the suite's id, e.g. {@code VAL25}
 * @param suiteTitle   the suite's title, e.g. {@code VAL25 Fleet Rollout Proof}
 * @param evidenceUnit the evidence unit directory, absolute
 */
@API(status = STABLE, since = "0.1")
public record SuiteRun(String suiteId, String suiteTitle, Path evidenceUnit) {
}

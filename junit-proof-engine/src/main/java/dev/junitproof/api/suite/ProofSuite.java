package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A proof suite: turns one unit of evidence (a dated lab directory, or an evidence root) into checks,
 * readiness levels and reports. Implementations are found with {@link java.util.ServiceLoader}; adding a
 * suite means adding one package that registers its implementation, never touching the engine.
 */
@API(status = STABLE, since = "0.1")
public interface ProofSuite {

    /** Short, stable id used in unique ids, report names and the report's {@code suite} field, e.g. {@code VAL25}. */
    String id();

    /** Title shown in the test tree, e.g. {@code VAL25 Fleet Rollout Proof}. */
    String title();

    /** Which directories this suite proves. */
    EvidenceLayout layout();

    /**
     * Reads one evidence unit and returns what the suite will prove about it. Bad evidence must never make
     * this throw: a slice that cannot be read degrades to MISSING inside the returned proof, with a detail
     * that names the file and JSON pointer.
     */
    SuiteProof prove(EvidenceReader reader, ProofSettings settings);

    /**
     * Evidence fields this suite reads and judges nowhere, each with the reason: evidence mutation testing leaves
     * them apart and the README lists them. Every other field must decide some outcome.
     */
    default List<InformationalField> informationalFields() {
        return List.of();
    }

    /** The configuration parameters this suite reads, checked at discovery (see {@link Setting}). */
    default List<Setting> settings() {
        return List.of();
    }

    /**
     * Every readiness criterion with a stable id, judged from evidence or approvable, as the suite defines them
     * whatever the evidence: {@code approvals.json} is checked against these (an entry naming an unknown
     * criterion, or one judged from evidence, or a kind the criterion does not allow, makes the file invalid).
     */
    default List<Criterion> readinessCriteria() {
        return List.of();
    }
}

package dev.junitproof.examples;

import dev.junitproof.api.ProofEvidence;

/**
 * The one class a consumer project needs: Surefire selects it, the proof engine turns it into one test per
 * check of the evidence it names. The path is relative to the module directory (Surefire's working directory);
 * {@code mvn test -Dproof.evidence=DIR} proves DIR instead.
 */
@ProofEvidence("../evidence")
class EvidenceProofTest {
}

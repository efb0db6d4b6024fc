package dev.junitproof.allure;

import dev.junitproof.api.ProofEvidence;

/** An anchor class as a consumer writes it; the test points it at its fixtures through proof.evidence. */
@ProofEvidence("does-not-exist-unless-overridden")
class AnchoredAllureProof {
}

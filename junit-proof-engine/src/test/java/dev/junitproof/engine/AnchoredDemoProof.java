package dev.junitproof.engine;

import dev.junitproof.api.ProofEvidence;

/** An anchor class as a consumer project writes it; tests point it at fixtures through proof.evidence. */
@ProofEvidence("does-not-exist-unless-overridden")
class AnchoredDemoProof {
}

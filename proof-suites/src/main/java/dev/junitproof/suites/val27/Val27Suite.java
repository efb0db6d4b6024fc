package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.charts.ChartRenderer;

/**
 * VAL27 Relay Proof: consolidates the five standalone relay validation runs VAL19–VAL23 (each its own dated
 * directory under an evidence root) and, optionally, the VAL24 30-day soak into one relay proof with a
 * 10-check matrix, a 7-day campaign window, beta-marked claims and the GA soak gate.
 */
public final class Val27Suite implements ProofSuite {

    @Override
    public String id() {
        return "VAL27";
    }

    @Override
    public String title() {
        return "VAL27 Relay Proof";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.evidenceRoot(
                RelaySlice.VAL19.prefix(), RelaySlice.VAL20.prefix(), RelaySlice.VAL21.prefix(),
                RelaySlice.VAL22.prefix(), RelaySlice.VAL23.prefix(), SoakDiscovery.PREFIX);
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return new Val27Proof(RelayEvidence.read(reader));
    }
}

package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.charts.ChartRenderer;

/**
 * VAL24 Relay 30-Day Soak: proves a {@code val24-relay-soak-YYYY-MM-DD/} directory from its raw per-round
 * evidence (seeded ids, deadletter lists, the peer's receipts, retry sweeps), never from the rounds' own figures.
 */
public final class Val24Suite implements ProofSuite {

    @Override
    public String id() {
        return "VAL24";
    }

    @Override
    public String title() {
        return "VAL24 Relay 30-Day Soak";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("val24-relay-soak-");
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return new Val24Proof(new SoakAccountant(reader, "").account(), Val24Settings.of(settings), "");
    }
}

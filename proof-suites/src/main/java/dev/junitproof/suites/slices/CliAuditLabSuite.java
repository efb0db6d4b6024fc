package dev.junitproof.suites.slices;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.charts.ChartRenderer;

/**
 * A suite that consolidates slices of one {@code cli-audit-lab-YYYY-MM-DD/} run (VAL25 and VAL26 prove the same
 * directory, each with its own report): the id, title and layout they share, and charts prepared while reading.
 */
public abstract class CliAuditLabSuite implements ProofSuite {

    private final String id;
    private final String title;

    protected CliAuditLabSuite(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("cli-audit-lab-");
    }

    @Override
    public final SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return proof(reader);
    }

    /** Reads the slices and builds what the suite proves about them. */
    protected abstract SuiteProof proof(EvidenceReader reader);
}

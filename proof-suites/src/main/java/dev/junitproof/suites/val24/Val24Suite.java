package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.Setting;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.charts.ChartRenderer;

import java.util.List;

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

    /**
     * The mode (empty means the furthest the soak's elapsed time reached) and write-back; any other value stops
     * discovery naming the key, rather than a run that silently proves something other than what was asked.
     */
    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting(ReportMode.SETTING, "one of " + ReportMode.labels() + ", or empty for the furthest reached",
                        v -> v.isBlank() || ReportMode.parse(v).isPresent()),
                new Setting(Val24Settings.WRITE_BACK, "true or false",
                        v -> v.strip().equalsIgnoreCase("true") || v.strip().equalsIgnoreCase("false")));
    }

    /**
     * What VAL24 reads and judges nowhere. Everything else decides an outcome: the soak's schedule (start, interval,
     * segments per round, planned rounds), every round's own figures and kind (checked against the recomputation),
     * every id of the seeded lists, deadletter lists, retry sweeps and receipts, and the receipts' timestamps.
     */
    @Override
    public List<InformationalField> informationalFields() {
        String budget = "the relay's retry budget and last error, as the relay reports them: VAL24 judges which ids "
                + "reached the deadletter list and came back, not how many attempts they took";
        return List.of(
                new InformationalField(SoakAccountant.SOAK_FILE, "/soak_id",
                        "a label; the soak proved is the directory, and VAL27 names it by the directory"),
                new InformationalField(SoakAccountant.SOAK_FILE, "/segment_bytes",
                        "VAL24 counts segments, never their size: no criterion of the seed weighs bytes"),
                new InformationalField(SoakAccountant.SOAK_FILE, "/outage_every_rounds",
                        "only says, in VAL24-04/05's pending reason, by when the first outage is due; the checks judge "
                                + "what the outage and recovery rounds did"),
                new InformationalField(SoakAccountant.SOAK_FILE, "/max_retry_count", budget),
                new InformationalField("rounds/r*-deadletter*.json", "/entries/*/attempts", budget),
                new InformationalField("rounds/r*-deadletter*.json", "/entries/*/last_error", budget),
                new InformationalField("rounds/r*.json", "/duration_ms", "the round's run time; the seed sets no "
                        + "target for it"));
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return new Val24Proof(new SoakAccountant(reader, "").account(), Val24Settings.of(settings), "");
    }
}

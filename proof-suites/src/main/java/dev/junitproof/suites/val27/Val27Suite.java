package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.suites.charts.ChartRenderer;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * What VAL27 reads and judges nowhere, with the reason (the README lists them). Every other field of the five
     * slice reports decides a figure check, a slice check or a matrix row; of the soak's report documents, every
     * field of the contract's document is cross-checked against VAL24's judgment of the soak's rounds. The soak's raw
     * evidence (rounds, receipts, soak.json) is VAL24's, judged by VAL24 and declared there.
     */
    @Override
    public List<InformationalField> informationalFields() {
        List<InformationalField> fields = new ArrayList<>();
        for (RelaySlice slice : RelaySlice.values()) {
            String file = slice.prefix() + "*/" + slice.file();
            fields.add(new InformationalField(file, "/title", "the lab's title of its report; VAL27 names the slice by "
                    + "the seed"));
            fields.add(new InformationalField(file, "/checks/*/name", "the lab's name of its check; the id identifies it"));
            fields.add(new InformationalField(file, "/checks/*/detail", "the lab's free text about its check"));
        }
        String val19 = RelaySlice.VAL19.prefix() + "*/" + RelaySlice.VAL19.file();
        fields.add(new InformationalField(val19, "/scenarios/*/elapsed_ms", "the seed sets no threshold on it (§4: "
                + "\"elapsed observable\", \"within ~10 s\", deterministic)"));
        fields.add(new InformationalField(val19, "/scenarios/*/proxy_bytes", "informational proxy stats, a beta claim "
                + "(§3: impairment throughput has no hard threshold)"));
        String val20 = RelaySlice.VAL20.prefix() + "*/" + RelaySlice.VAL20.file();
        String beta = "throughput is informational ★ BETA (§4: no segs/sec or bytes/sec floor)";
        fields.add(new InformationalField(val20, "/tiers/*/name", "the lab's name of its tier; the label T1..T5 "
                + "identifies it"));
        fields.add(new InformationalField(val20, "/tiers/*/elapsed_ms", beta));
        fields.add(new InformationalField(val20, "/tiers/*/bytes_per_sec", beta));
        fields.add(new InformationalField(val20, "/tiers/*/proxy", "the proxy's label; T5's constraint is judged by its "
                + "constrained_bps > 0"));
        for (int index : List.of(2, 3, 4)) {
            // T1's and T2's segs/sec decide T2's sanity check (T2 >= T1); T3..T5's decide nothing.
            fields.add(new InformationalField(val20, "/tiers/" + index + "/segs_per_sec", beta + "; T3..T5 take part in "
                    + "no sanity check"));
        }
        String val21 = RelaySlice.VAL21.prefix() + "*/" + RelaySlice.VAL21.file();
        fields.add(new InformationalField(val21, "/sa/drain_ms", "the seed sets no threshold on S-A's drain time"));
        fields.add(new InformationalField(val21, "/sb/evicted", "the seed's S-B invariant counts what was delivered and "
                + "deadlettered; the eviction count is the lab's diagnostic"));
        String val23 = RelaySlice.VAL23.prefix() + "*/" + RelaySlice.VAL23.file();
        fields.add(new InformationalField(val23, "/scenarios/sc_quota_only/throttle_count", "S-C is quota-only: the "
                + "seed sets no throttle target for it"));
        String documents = SoakDiscovery.PREFIX + "*/reports/*.json";
        fields.add(new InformationalField(documents, "/generated_at", "when the document was written; VAL27 judges the "
                + "soak from its rounds, not from when a claim about them was made"));
        fields.add(new InformationalField(documents, "/checks/*/detail", "VAL24's free text about its check"));
        for (String extra : List.of("/rounds_target", "/round_in_progress/**", "/lost_ids/**", "/inconsistent_rounds/**",
                "/unreadable_rounds/**", "/receipts_total", "/unknown_received/**", "/duplicate_received/**",
                "/edged_log_bytes", "/days/**", "/missing")) {
            fields.add(new InformationalField(documents, extra, "VAL24's diagnostics beside the contract's document: "
                    + "VAL27 takes VAL24's own judgment of the rounds, which holds them, not the document's copy"));
        }
        // Daily documents are VAL24's per-day views; VAL27 reads only final.json and the checkpoints.
        fields.add(new InformationalField(SoakDiscovery.PREFIX + "*/reports/daily-*.json", "/**", "VAL27 reads only "
                + "final.json, checkpoint-14d.json and checkpoint-7d.json"));
        return fields;
    }

    @Override
    public List<Criterion> readinessCriteria() {
        return RelayReadiness.identified();
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        // The charts are drawn after the run: their first-use set-up overlaps the reading.
        ChartRenderer.prepareInBackground();
        return new Val27Proof(RelayEvidence.read(reader));
    }
}

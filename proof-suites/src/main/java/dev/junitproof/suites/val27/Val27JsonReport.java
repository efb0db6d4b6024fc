package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.suite.DirectoryEntry;

import java.util.List;

/**
 * VAL27's fields of the JSON report, after the contract's common ones: {@code beta_claims} (seed §3, with reason
 * and resolution path), the directories chosen and passed over, the campaign window, the soak and the total. Every
 * status here is a recorded outcome (VAL27-WINDOW's, VAL27-SOAK's, the matrix rows'); the figures beside them are
 * printed, never judged again.
 */
final class Val27JsonReport {

    private Val27JsonReport() {
    }

    static void add(ObjectNode json, RelayEvidence evidence, ProofResult result) {
        SoakGate gate = evidence.soak().gate();
        ArrayNode claims = json.putArray("beta_claims");
        for (BetaClaim claim : BetaClaim.ALL) {
            ObjectNode c = claims.addObject();
            c.put("claim", claim.claim());
            c.put("slice", claim.slice());
            c.put("status", claim.resolvedBy(result.outcomes()) ? "RESOLVED" : "BETA");
            c.put("reason", claim.reason());
            c.put("resolution", claim.resolution());
        }
        ArrayNode discovery = json.putArray("discovery");
        for (CoreSlice core : evidence.ordered()) {
            directory(discovery.addObject(), core.slice().name(), core.directory()).put("report", core.path());
        }
        ObjectNode soakDir = directory(discovery.addObject(), "VAL24", evidence.soak().directory());
        evidence.soak().reportPath().ifPresentOrElse(p -> soakDir.put("report", p), () -> soakDir.putNull("report"));

        CampaignWindow window = evidence.window();
        ObjectNode w = json.putObject("campaign_window");
        w.put("width_s", CampaignWindow.WIDTH.getSeconds());
        w.put("complete", window.complete());
        w.put("spread_s", window.spread().getSeconds());
        w.put("status", result.outcomes().status(CampaignChecks.WINDOW_ID).name());
        ArrayNode files = w.putArray("files");
        for (CoreSlice core : evidence.ordered()) {
            ObjectNode f = files.addObject();
            f.put("slice", core.slice().name());
            f.put("path", core.path());
            core.reportModified().ifPresentOrElse(t -> f.put("modified", t.toString()), () -> f.putNull("modified"));
        }

        ObjectNode soak = json.putObject("soak");
        soak.put("status", result.outcomes().status(SoakCheck.ID).name());
        soak.put("reason", result.outcomes().findings(SoakCheck.ID).detail());
        evidence.soak().reportPath().ifPresentOrElse(p -> soak.put("document", p), () -> soak.putNull("document"));
        if (evidence.soak().judged().isPresent()) {
            Val24Report r = evidence.soak().judged().get();
            soak.put("source", "VAL24 judgment of " + evidence.soak().directory().name());
            soak.put("mode", r.mode());
            soak.put("soak_complete", r.soakComplete());
            soak.put("gate_d_overall", r.gateD().overall());
            soak.put("total_rounds", r.totalRounds());
            soak.put("clean_delivery_rate", r.cleanDeliveryRate());
            soak.put("total_retried", r.totalRetried());
            soak.put("total_recovered", r.totalRecovered());
            soak.put("loss_count", r.lossCount());
            soak.put("beta", !result.outcomes().passed(SoakCheck.ID));
        }
        ArrayNode disagreements = soak.putArray("disagreements");
        gate.disagreements().forEach(disagreements::add);

        List<String> ids = MatrixChecks.ids();
        ObjectNode overall = json.putObject("overall");
        for (CheckStatus status : CheckStatus.values()) {
            overall.put(status.name().toLowerCase(java.util.Locale.ROOT),
                    ids.stream().filter(id -> result.outcomes().status(id) == status).count());
        }
        overall.put("soak", result.outcomes().status(SoakCheck.ID).name());
    }

    private static ObjectNode directory(ObjectNode node, String slice, DirectoryChoice choice) {
        node.put("slice", slice);
        node.put("pattern", choice.pattern());
        choice.chosen().ifPresentOrElse(e -> node.put("chosen", e.name()), () -> node.putNull("chosen"));
        node.put("leaves_root", choice.leavesRoot());
        ArrayNode passed = node.putArray("passed_over");
        for (DirectoryEntry e : choice.passedOver()) {
            passed.add(e.name());
        }
        return node;
    }
}

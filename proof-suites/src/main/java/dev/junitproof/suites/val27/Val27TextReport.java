package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.suites.slices.SliceEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The human-readable relay proof report, in the layout of the VAL25/VAL26 seeds' §7 (the VAL27 seed prints no
 * sample): header, environment, evidence directories, scenario coverage, one section per slice, soak summary,
 * beta-marked claims, the 10-check matrix with detail lines, the total, VAL27-SOAK apart from it, limitations,
 * readiness conclusion with ✓/✗ per criterion, verdict.
 */
final class Val27TextReport {

    static final List<String> OUT_OF_SCOPE = List.of(
            "Multi-peer relay (all tests use a single accumulating peer)",
            "BoltDB crash-consistency on power failure (graceful SIGTERM only)",
            "Concurrent edged processes sharing relay state",
            "WAN-latency impairment or inter-DC topology",
            "Production-representative hardware benchmarking",
            "24-hour live daily-quota reset (validated by unit test only — see §4)");

    private final RelayEvidence evidence;
    private final ProofResult result;
    private final Outcomes outcomes;
    private final List<String> out = new ArrayList<>();

    Val27TextReport(RelayEvidence evidence, ProofResult result) {
        this.evidence = evidence;
        this.result = result;
        this.outcomes = result.outcomes();
    }

    String render() {
        header();
        directories();
        coverage();
        NetworkScenariosSection.render(out, evidence.slice(RelaySlice.VAL19));
        ThroughputSection.render(out, evidence.slice(RelaySlice.VAL20));
        AccountingSection.render(out, evidence.slice(RelaySlice.VAL21));
        DeadletterSection.render(out, evidence.slice(RelaySlice.VAL22));
        BandwidthSection.render(out, evidence.slice(RelaySlice.VAL23));
        SoakSummary.render(out, evidence.soak(), outcomes);
        betaClaims();
        matrix();
        limitations();
        readiness();
        out.add("Verdict: " + result.verdictText());
        return String.join("\n", out) + "\n";
    }

    private void header() {
        CampaignWindow window = evidence.window();
        out.add("VAL27 — Relay Proof Report");
        out.add("Generated: " + result.generatedText());
        out.add("Evidence root: " + result.evidenceDir());
        out.add("Environment:");
        out.add("Relay: single edged process, one accumulating peer (no multi-peer)");
        out.add("Impairment: local TCP impairment proxy (refused, throttled, delayed, RST cutoff)");
        out.add("Persistence: BoltDB relay state, graceful SIGTERM only (no power-failure crash)");
        out.add("Test suite: VAL19–VAL23 (5 standalone relay runners) + optional VAL24 30-day soak");
        String text = CampaignChecks.windowText(window);
        out.add("Evidence: " + (window.holds() ? "single 7-day campaign window (" + text + ")"
                : window.complete() ? "NOT one 7-day campaign window (" + text + ")" : text));
        out.add("Note: All throughput and impairment figures are from controlled local runs on");
        out.add("a single host. Figures marked " + BetaClaim.MARK + " are informational, not release thresholds.");
    }

    private void directories() {
        out.add("Evidence Directories:");
        for (CoreSlice core : evidence.ordered()) {
            out.add(core.slice() + " " + core.directory().describe());
        }
        out.add("VAL24 " + evidence.soak().directory().describe());
    }

    private void coverage() {
        out.add("Scenario Coverage:");
        for (CoreSlice core : evidence.ordered()) {
            SliceEvidence slice = core.evidence();
            String line = core.slice() + " " + core.slice().title() + " " + slice.status();
            out.add(switch (slice.status()) {
                case PASS -> line + " (" + slice.countText() + ")";
                case FAIL -> line + " (" + slice.countText() + "; " + slice.detail() + ")";
                case MISSING -> line + " (" + slice.detail() + ")";
            });
        }
        SoakGate gate = evidence.soak().gate();
        String status = outcomes.statusLabel(SoakCheck.ID);
        out.add("VAL24 " + SoakSummary.NAME + " " + status + (outcomes.passed(SoakCheck.ID) ? "" : " (" + gate.reason() + ")"));
    }

    private void betaClaims() {
        out.add("Beta-Marked Claims:");
        for (BetaClaim claim : BetaClaim.ALL) {
            if (claim.resolvedBy(outcomes)) {
                out.add("RESOLVED " + claim.claim() + " (Gate D passed)");
            } else {
                out.add(BetaClaim.MARK + " " + claim.claim());
            }
            out.add("Reason: " + claim.reason());
            out.add("Resolution: " + claim.resolution());
        }
    }

    private void matrix() {
        out.add("10-Check Matrix:");
        List<String> ids = new ArrayList<>(MatrixChecks.SLICE_AND_METRIC_IDS);
        ids.add(MatrixChecks.SUMMARY_ID);
        for (String id : ids) {
            row(id, MatrixChecks.title(id));
        }
        out.add(total(ids));
        row(SoakCheck.ID, SoakCheck.TITLE);
    }

    private void row(String id, String title) {
        out.add(id + " " + outcomes.statusLabel(id) + " " + title);
        Findings findings = outcomes.findings(id);
        String detail = findings.detail();
        if (detail.isEmpty()) {
            detail = outcomes.find(id).map(o -> o.message()).orElse("");
        }
        if (!detail.isEmpty()) {
            out.add(detail);
        }
    }

    /** PASS and FAIL over VAL27-01..10 only; VAL27-SOAK is outside the total. */
    private String total(List<String> ids) {
        long pass = ids.stream().filter(outcomes::passed).count();
        long notRun = ids.stream().filter(id -> outcomes.find(id).isEmpty()).count();
        long fail = ids.size() - pass - notRun;
        return "Overall: PASS=" + pass + " FAIL=" + fail + (notRun == 0 ? "" : " NOT RUN=" + notRun);
    }

    private void limitations() {
        out.add("Known Failures and Limitations:");
        List<String> ids = new ArrayList<>(MatrixChecks.SLICE_AND_METRIC_IDS);
        ids.add(MatrixChecks.SUMMARY_ID);
        for (String id : ids) {
            Optional<CheckStatus> status = outcomes.find(id).map(o -> o.status());
            if (status.isPresent() && status.get() != CheckStatus.PASS) {
                out.add(id + " " + status.get() + ": " + MatrixChecks.title(id));
            }
        }
        for (String item : OUT_OF_SCOPE) {
            out.add("Out of scope: " + item);
        }
    }

    private void readiness() {
        out.add("Readiness Conclusion:");
        for (ReadinessLevel level : RelayReadiness.levels()) {
            Optional<ReadinessResult> recorded = result.readiness(level.key());
            out.add(RelayReadiness.heading(level.key()) + " " + recorded.map(Val27TextReport::mark).orElse("— (NOT RUN)"));
            for (Criterion criterion : level.criteria()) {
                out.add(criterionLine(criterion));
            }
            if (level.key().equals(RelayReadiness.DESIGN_PARTNER)) {
                out.add("VAL24 soak is NOT required for Design Partner readiness.");
            }
        }
    }

    private String criterionLine(Criterion criterion) {
        Optional<Boolean> met = criterion.evaluate(outcomes);
        String line = (met.orElse(false) ? "✓ " : "✗ ") + criterion.description();
        if (met.isEmpty()) {
            return line + " (not shown by this evidence)";
        }
        if (criterion.description().startsWith("VAL24 Gate D")) {
            return line + " (" + SoakCheck.ID + " " + outcomes.statusLabel(SoakCheck.ID) + ")";
        }
        return line;
    }

    private static String mark(ReadinessResult r) {
        return switch (r.status()) {
            case READY -> "✓";
            case NOT_READY -> "✗ (NOT READY)";
            case NOT_YET -> "✗ (NOT YET)";
        };
    }
}

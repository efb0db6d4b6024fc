package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.CriterionLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The human-readable relay proof report, in the layout of the VAL25/VAL26 seeds' §7 (the VAL27 seed prints no
 * sample): header, environment, evidence directories, scenario coverage, one section per slice, soak summary,
 * beta-marked claims, the 10-check matrix with detail lines, the total, VAL27-SOAK apart from it, limitations,
 * readiness conclusion with ✓/✗ per criterion, verdict. It is a view of the recorded outcomes: every status word is
 * the outcome of the check named beside it, and no figure is compared with a target here.
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
    private final List<CoverageRow> coverageRows;
    private final List<String> out = new ArrayList<>();

    Val27TextReport(RelayEvidence evidence, ProofResult result, List<CoverageRow> coverageRows) {
        this.evidence = evidence;
        this.result = result;
        this.outcomes = result.outcomes();
        this.coverageRows = List.copyOf(coverageRows);
    }

    String render() {
        header();
        directories();
        coverage();
        NetworkScenariosSection.render(out, evidence.slice(RelaySlice.VAL19), outcomes);
        ThroughputSection.render(out, evidence.slice(RelaySlice.VAL20), outcomes);
        AccountingSection.render(out, evidence.slice(RelaySlice.VAL21), outcomes);
        DeadletterSection.render(out, evidence.slice(RelaySlice.VAL22), outcomes);
        BandwidthSection.render(out, evidence.slice(RelaySlice.VAL23), outcomes);
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
        out.add("Evidence: one 7-day campaign window " + CampaignChecks.WINDOW_ID + " "
                + outcomes.status(CampaignChecks.WINDOW_ID).name() + " (" + CampaignChecks.spreadText(window) + ")");
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

    /** One row per coverage row of the proof, its status the outcome of the check the row names. */
    private void coverage() {
        out.add("Scenario Coverage:");
        for (CoverageRow row : coverageRows) {
            String detail = row.detail().isEmpty() ? row.passed() + "/" + row.total() + " checks"
                    : row.total() == 0 ? row.detail() : row.passed() + "/" + row.total() + " checks; " + row.detail();
            out.add(row.slice() + " " + row.name() + " " + row.status(outcomes).name() + " (" + detail + ")");
        }
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
        List<String> ids = MatrixChecks.ids();
        for (String id : ids) {
            row(id, MatrixChecks.title(id));
        }
        out.add(total(ids));
        row(SoakCheck.ID, SoakCheck.TITLE);
    }

    private void row(String id, String title) {
        out.add(id + " " + outcomes.status(id).name() + " " + title);
        List<String> read = MatrixChecks.ids().contains(id) ? MatrixChecks.required(id) : List.of();
        if (!read.isEmpty()) {
            out.add(standing(read));
            return;
        }
        Findings findings = outcomes.findings(id);
        String detail = findings.detail();
        if (detail.isEmpty()) {
            detail = outcomes.find(id).map(o -> o.message()).orElse("");
        }
        if (!detail.isEmpty()) {
            out.add(detail);
        }
    }

    /**
     * A row that reads other checks: how many of them passed and each one that did not, with its status, all from
     * the recorded outcomes (so the line can never say other than the checks it names).
     */
    private String standing(List<String> read) {
        List<String> notPassed = new ArrayList<>();
        for (String id : read) {
            if (!outcomes.passed(id)) {
                notPassed.add(id + " " + outcomes.status(id).name());
            }
        }
        return (read.size() - notPassed.size()) + " of " + read.size() + (read.size() == 1 ? " check" : " checks")
                + " passed (" + (read.size() == 1 ? read.get(0) : read.size() <= 10 ? String.join(", ", read)
                : "VAL27-01..09, every figure check, " + CampaignChecks.WINDOW_ID) + ")"
                + (notPassed.isEmpty() ? "" : "; not passed: " + String.join(", ", notPassed));
    }

    /** PASS and FAIL over VAL27-01..10 only (then any other status there is); VAL27-SOAK is outside the total. */
    private String total(List<String> ids) {
        StringBuilder sb = new StringBuilder("Overall:");
        for (CheckStatus status : CheckStatus.values()) {
            long count = ids.stream().filter(id -> outcomes.status(id) == status).count();
            if (count > 0 || status == CheckStatus.PASS || status == CheckStatus.FAIL) {
                sb.append(' ').append(status.name()).append('=').append(count);
            }
        }
        return sb.toString();
    }

    /** Every matrix row and figure check that ran and did not pass, with its reason; then what is out of scope. */
    private void limitations() {
        out.add("Known Failures and Limitations:");
        for (String id : MatrixChecks.ids()) {
            outcomes.find(id).filter(o -> !o.passed()).ifPresent(o -> out.add(id + " " + o.status().name() + ": "
                    + MatrixChecks.title(id)));
        }
        for (String id : FigureChecks.all()) {
            outcomes.find(id).filter(o -> !o.passed()).ifPresent(o -> out.add(id + " " + o.status().name() + ": "
                    + firstLine(o.message())));
        }
        for (String item : OUT_OF_SCOPE) {
            out.add("Out of scope: " + item);
        }
    }

    private void readiness() {
        out.add("Readiness Conclusion:");
        for (ReadinessLevel level : RelayReadiness.levels()) {
            Optional<ReadinessResult> recorded = result.readiness(level.key());
            out.add(RelayReadiness.heading(level.key()) + " " + recorded.map(Val27TextReport::mark)
                    .orElse("— (" + CheckStatus.NOT_RUN.name() + ")"));
            for (Criterion criterion : level.criteria()) {
                out.add(criterionLine(criterion, CriterionLine.met(criterion, recorded))
                        + recorded.map(r -> CriterionLine.approvalNote(r, criterion)).orElse(""));
            }
            if (level.key().equals(RelayReadiness.DESIGN_PARTNER)) {
                out.add("VAL24 soak is NOT required for Design Partner readiness.");
            }
        }
    }

    /** Met or not as the readiness result recorded it; what it rests on where the evidence cannot show it. */
    private String criterionLine(Criterion criterion, boolean met) {
        String line = (met ? "✓ " : "✗ ") + criterion.description();
        if (criterion.id().equals(RelayReadiness.GA + "-1")) {
            return line + " (" + SoakCheck.ID + " " + outcomes.status(SoakCheck.ID).name() + ")";
        }
        if (!criterion.approvable().isEmpty() && !met) {
            return line + " (not shown by this evidence)";
        }
        return line;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String mark(ReadinessResult r) {
        return switch (r.status()) {
            case READY -> "✓";
            case NOT_READY -> "✗ (NOT READY)";
            case NOT_YET -> "✗ (NOT YET)";
        };
    }
}

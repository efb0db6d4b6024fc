package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's 10-check matrix VAL27-01..10 (§6) over the evidence read from one root. Each check records what it
 * measured, against which target, from which file and field, then asserts. A check whose evidence is missing
 * fails (the contract's matrix statuses are PASS/FAIL only; a missing slice must never leave a gap in the total).
 */
final class MatrixChecks {

    static final List<String> SLICE_AND_METRIC_IDS = List.of(
            "VAL27-01", "VAL27-02", "VAL27-03", "VAL27-04", "VAL27-05",
            "VAL27-06", "VAL27-07", "VAL27-08", "VAL27-09");
    static final String SUMMARY_ID = "VAL27-10";

    /** The matrix row that says a core slice was found and all its checks pass: VAL27-01 for VAL19, ... */
    static String sliceCheckId(RelaySlice slice) {
        return SLICE_AND_METRIC_IDS.get(slice.ordinal());
    }

    private final RelayEvidence evidence;

    MatrixChecks(RelayEvidence evidence) {
        this.evidence = evidence;
    }

    List<CheckSpec> all() {
        List<CheckSpec> checks = new ArrayList<>();
        RelaySlice[] slices = RelaySlice.values();
        for (int i = 0; i < slices.length; i++) {
            checks.add(sliceFound(SLICE_AND_METRIC_IDS.get(i), slices[i]));
        }
        checks.add(zeroLoss());
        checks.add(baselineZeroLoss());
        checks.add(groupRRetry());
        checks.add(bandwidthScenarios());
        checks.add(summary());
        return checks.stream().map(c -> c.withCriterion(criterion(c.id()))).toList();
    }

    /** The seed's pass criterion of each row (§6), as the JSON report and Allure show it. */
    static String criterion(String id) {
        return switch (id) {
            case "VAL27-01" -> "s19 == \"PASS\"";
            case "VAL27-02" -> "s20 == \"PASS\"";
            case "VAL27-03" -> "s21 == \"PASS\"";
            case "VAL27-04" -> "s22 == \"PASS\"";
            case "VAL27-05" -> "s23 == \"PASS\"";
            case "VAL27-06" -> "sa.delivered == 200 AND sb.delivered + sb.deadletter == sb.accounted == 10 AND "
                    + "group_r_delivered == 4 AND group_u_redeadlettered == 4";
            case "VAL27-07" -> "val20 T2 tier zero_loss == true";
            case "VAL27-08" -> "group_r_retry_rate >= 1.0";
            case "VAL27-09" -> "val23.fails == 0";
            case "VAL27-10" -> "VAL27-01..09 all PASS + VAL19–VAL23 mtimes within one 7-day campaign window";
            default -> throw new IllegalArgumentException("no VAL27 matrix check " + id);
        };
    }

    /** The titles, as the matrix rows print them (seed §6 descriptions). */
    static String title(String id) {
        return switch (id) {
            case "VAL27-01" -> "VAL19 impairment report found and all 10 checks pass";
            case "VAL27-02" -> "VAL20 throughput report found and all 10 checks pass";
            case "VAL27-03" -> "VAL21 overflow report found and all 10 checks pass";
            case "VAL27-04" -> "VAL22 deadletter workflow report found and all 10 checks pass";
            case "VAL27-05" -> "VAL23 bandwidth report found and all 10 checks pass";
            case "VAL27-06" -> "Zero message loss: VAL21 accounting exact + VAL22 zero silent loss";
            case "VAL27-07" -> "Throughput T2 baseline (10×64B) zero loss";
            case "VAL27-08" -> "Deadletter retry Group R rate = 1.000";
            case "VAL27-09" -> "All bandwidth scenarios deliver correct segments";
            case "VAL27-10" -> "Relay design partner readiness — all above pass and evidence coherent";
            default -> throw new IllegalArgumentException("no VAL27 matrix check " + id);
        };
    }

    private CheckSpec sliceFound(String id, RelaySlice slice) {
        CoreSlice core = evidence.slice(slice);
        SourceRef source = SourceRef.of(core.path(), "/checks");
        String variable = "s" + slice.name().substring(3);
        return new CheckSpec(id, title(id), source, check -> {
            check.source(source).target(variable + " == \"PASS\" (10/10 checks)").detail(core.countLine())
                    .measured(core.present() ? core.evidence().status() + " " + core.evidence().countText() : "MISSING");
            assertThat(core.evidence().status())
                    .as("%s slice status of %s in %s (%s)", slice, core.directory().name(), core.path(), core.countLine())
                    .isEqualTo(SliceStatus.PASS);
        });
    }

    private CheckSpec zeroLoss() {
        CoreSlice v21 = evidence.slice(RelaySlice.VAL21);
        CoreSlice v22 = evidence.slice(RelaySlice.VAL22);
        SourceRef source = SourceRef.of(v21.path(), "/sb");
        return new CheckSpec("VAL27-06", title("VAL27-06"), source, check -> {
            check.source(source).target("sa.delivered == 200 AND sb.delivered + sb.deadletter == sb.accounted == 10"
                    + " AND group_r_delivered == 4 AND group_u_redeadlettered == 4");
            Val21Report val21 = require(check, v21, Val21Report.class);
            Val22Report val22 = require(check, v22, Val22Report.class);
            ZeroLossAccounting accounting = new ZeroLossAccounting(val21, val22, v21.path(), v22.path());
            check.detail(withProblems(accounting.summary(), accounting.violations())).measured(accounting.summary());
            assertThat(accounting.violations()).as("zero-loss identities recomputed from %s and %s", v21.path(), v22.path())
                    .isEmpty();
        });
    }

    private CheckSpec baselineZeroLoss() {
        CoreSlice v20 = evidence.slice(RelaySlice.VAL20);
        SourceRef source = SourceRef.of(v20.path(), "/tiers");
        return new CheckSpec("VAL27-07", title("VAL27-07"), source, check -> {
            check.source(source).target("T2 zero_loss == true AND delivered == segments AND lost == 0");
            Val20Report val20 = require(check, v20, Val20Report.class);
            val20.tier(BaselineTier.LABEL).ifPresent(t2 ->
                    check.source(SourceRef.of(v20.path(), "/tiers/" + val20.tiers().indexOf(t2))));
            List<String> problems = BaselineTier.violations(val20, v20.path());
            check.detail(withProblems(BaselineTier.summary(val20), problems)).measured(BaselineTier.summary(val20));
            assertThat(problems).as("VAL20 T2 baseline zero loss in %s", v20.path())
                    .isEmpty();
        });
    }

    private CheckSpec groupRRetry() {
        CoreSlice v22 = evidence.slice(RelaySlice.VAL22);
        SourceRef source = SourceRef.of(v22.path(), "/group_r_retry_rate");
        return new CheckSpec("VAL27-08", title("VAL27-08"), source, check -> {
            check.source(source).target("group_r_retry_rate >= 1.0");
            Val22Report val22 = require(check, v22, Val22Report.class);
            List<String> problems = GroupRRetry.violations(val22, v22.path());
            check.detail(withProblems(GroupRRetry.summary(val22), problems))
                    .measured(Fmt.f("%.3f", val22.groupRRetryRate()));
            assertThat(problems).as("VAL22 Group R retry rate in %s", v22.path())
                    .isEmpty();
        });
    }

    private CheckSpec bandwidthScenarios() {
        CoreSlice v23 = evidence.slice(RelaySlice.VAL23);
        SourceRef source = SourceRef.of(v23.path(), "/fails");
        return new CheckSpec("VAL27-09", title("VAL27-09"), source, check -> {
            check.source(source).target("val23.fails == 0 AND every scenario delivered == expected");
            Val23Report val23 = require(check, v23, Val23Report.class);
            List<String> problems = BandwidthDelivery.violations(val23, v23.path());
            check.detail(withProblems(BandwidthDelivery.summary(val23), problems)).measured("fails=" + val23.fails());
            assertThat(problems).as("VAL23 bandwidth scenarios in %s", v23.path())
                    .isEmpty();
        });
    }

    private CheckSpec summary() {
        return new CheckSpec(SUMMARY_ID, title(SUMMARY_ID), null, check -> {
            check.target("VAL27-01..09 all PASS + VAL19–VAL23 mtimes within one 7-day campaign window");
            List<String> notPassed = new ArrayList<>();
            for (String id : SLICE_AND_METRIC_IDS) {
                CheckOutcome outcome = check.outcome(id);
                if (!outcome.passed()) {
                    notPassed.add(id + " " + outcome.status());
                }
            }
            CheckOutcome window = check.outcome(CampaignChecks.WINDOW_ID);
            String checks = notPassed.isEmpty() ? "VAL27-01..09 all PASS" : "not PASS: " + String.join(", ", notPassed);
            check.detail(checks + "; " + CampaignChecks.windowText(evidence.window()))
                    .measured(notPassed.isEmpty() ? "9/9 PASS" : (9 - notPassed.size()) + "/9 PASS");
            assertThat(notPassed).as("VAL27-01..09 that did not pass").isEmpty();
            assertThat(window.status())
                    .as("%s %s", CampaignChecks.WINDOW_ID, CampaignChecks.windowText(evidence.window()))
                    .isEqualTo(CheckStatus.PASS);
        });
    }

    /** The detail line names what is wrong, so the report says why without the stack of an assertion. */
    private static String withProblems(String summary, List<String> problems) {
        return problems.isEmpty() ? summary : summary + " — " + String.join("; ", problems);
    }

    /** The slice's figures, or a failure naming why they are missing (recorded first, so the report shows it). */
    private static <T> T require(CheckContext check, CoreSlice core, Class<T> type) {
        Optional<T> report = core.report(type);
        if (report.isEmpty()) {
            String detail = core.slice() + " MISSING: " + core.evidence().detail();
            check.detail(detail).measured("MISSING");
            throw new AssertionError(detail);
        }
        return report.get();
    }
}

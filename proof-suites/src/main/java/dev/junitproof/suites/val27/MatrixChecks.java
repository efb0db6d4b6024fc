package dev.junitproof.suites.val27;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.slices.SliceStatus;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's 10-check matrix VAL27-01..10 (§6) over the evidence read from one root. VAL27-01..05 are the slices'
 * own standing (report found, its ten checks PASS); VAL27-06..09 are the seed's metric rows, each met when the
 * figure checks it stands for passed ({@link FigureChecks}: every figure is judged once, by its own check); VAL27-10
 * needs all of them, every figure and the campaign window. A check whose evidence is missing fails (the contract's
 * matrix statuses are PASS/FAIL only; a missing slice must never leave a gap in the total).
 */
final class MatrixChecks {

    static final List<String> SLICE_AND_METRIC_IDS = List.of(
            "VAL27-01", "VAL27-02", "VAL27-03", "VAL27-04", "VAL27-05",
            "VAL27-06", "VAL27-07", "VAL27-08", "VAL27-09");
    static final String SUMMARY_ID = "VAL27-10";

    /** VAL27-06: VAL21's accounting exact and VAL22's groups whole. */
    static final List<String> ZERO_LOSS = List.of(OverflowFigures.DEEP_DRAIN, OverflowFigures.EVICTION,
            DeadletterFigures.GROUP_R, DeadletterFigures.GROUP_U);
    /** VAL27-07: the T2 baseline tier. */
    static final List<String> BASELINE = List.of(ThroughputFigures.id(ThroughputTier.T2));
    /** VAL27-08: Group R's retry rate. */
    static final List<String> GROUP_R_RATE = List.of(DeadletterFigures.GROUP_R_RATE);
    /** VAL27-09: every bandwidth figure, the lab's fail count among them. */
    static final List<String> BANDWIDTH = BandwidthFigures.IDS;

    /** The matrix row that says a core slice was found and all its checks pass: VAL27-01 for VAL19, ... */
    static String sliceCheckId(RelaySlice slice) {
        return SLICE_AND_METRIC_IDS.get(slice.ordinal());
    }

    /** The matrix VAL27-01..10, in order. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>(SLICE_AND_METRIC_IDS);
        ids.add(SUMMARY_ID);
        return ids;
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
        CoreSlice v21 = evidence.slice(RelaySlice.VAL21);
        checks.add(metric("VAL27-06", SourceRef.of(v21.path(), "/sb"), ZERO_LOSS));
        checks.add(metric("VAL27-07", SourceRef.of(evidence.slice(RelaySlice.VAL20).path(), "/tiers"), BASELINE));
        checks.add(metric("VAL27-08", SourceRef.of(evidence.slice(RelaySlice.VAL22).path(), "/group_r_retry_rate"),
                GROUP_R_RATE));
        checks.add(metric("VAL27-09", SourceRef.of(evidence.slice(RelaySlice.VAL23).path(), "/fails"), BANDWIDTH));
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
                    + "group_r_delivered == 4 AND group_u_redeadlettered == 4 (" + String.join(", ", ZERO_LOSS) + ")";
            case "VAL27-07" -> "val20 T2 tier zero_loss == true (" + String.join(", ", BASELINE) + ")";
            case "VAL27-08" -> "group_r_retry_rate >= 1.0 (" + String.join(", ", GROUP_R_RATE) + ")";
            case "VAL27-09" -> "val23.fails == 0 AND every scenario delivers what the seed's table says ("
                    + String.join(", ", BANDWIDTH) + ")";
            case "VAL27-10" -> "VAL27-01..09 all PASS + every figure check + VAL19–VAL23 mtimes within one 7-day "
                    + "campaign window";
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
                    .measured(core.present() ? core.evidence().countText() : "unreadable");
            assertThat(core.evidence().status())
                    .as("%s slice status of %s in %s (%s)", slice, core.directory().name(), core.path(), core.countLine())
                    .isEqualTo(SliceStatus.PASS);
        });
    }

    /**
     * The checks a row reads (VAL27-06..10), in order; empty for the slice rows VAL27-01..05, which judge their slice
     * themselves. The text report renders such a row's standing from these checks' outcomes.
     */
    static List<String> required(String id) {
        return switch (id) {
            case "VAL27-06" -> ZERO_LOSS;
            case "VAL27-07" -> BASELINE;
            case "VAL27-08" -> GROUP_R_RATE;
            case "VAL27-09" -> BANDWIDTH;
            case SUMMARY_ID -> {
                List<String> required = new ArrayList<>(SLICE_AND_METRIC_IDS);
                required.addAll(FigureChecks.all());
                required.add(CampaignChecks.WINDOW_ID);
                yield List.copyOf(required);
            }
            default -> List.of();
        };
    }

    /** A metric row: met when every figure check it stands for passed; its failure names them with their reasons. */
    private static CheckSpec metric(String id, SourceRef source, List<String> figures) {
        return new CheckSpec(id, title(id), source, check -> {
            check.source(source).target(String.join(", ", figures) + " pass");
            requirePassed(check, figures);
        });
    }

    private CheckSpec summary() {
        return new CheckSpec(SUMMARY_ID, title(SUMMARY_ID), null, check -> {
            check.target("VAL27-01..09, every figure check and " + CampaignChecks.WINDOW_ID + " pass");
            requirePassed(check, required(SUMMARY_ID));
        });
    }

    /**
     * Fails naming each required check that did not pass, with its status and reason, so the test result says why
     * without the reader opening every figure. The recorded detail names the checks read, not their statuses: the
     * reports print those from the outcomes themselves.
     */
    private static void requirePassed(CheckContext check, List<String> required) {
        List<String> notPassed = new ArrayList<>();
        for (String id : required) {
            CheckOutcome outcome = check.outcome(id);
            if (!outcome.passed()) {
                notPassed.add(id + " " + outcome.status() + (outcome.message().isEmpty() ? "" : " (" + firstLine(outcome.message()) + ")"));
            }
        }
        long passed = required.size() - notPassed.size();
        check.measured(passed + "/" + required.size() + " passed")
                .detail(required.size() == 1 ? "reads " + required.get(0) : "reads " + required.size() + " checks");
        if (!notPassed.isEmpty()) {
            throw new AssertionError("not passed: " + String.join("; ", notPassed));
        }
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

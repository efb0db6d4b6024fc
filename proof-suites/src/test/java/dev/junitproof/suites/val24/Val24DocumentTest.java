package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report and daily documents field by field over one hand-made day that holds one of everything: a loss, an
 * outage, a recovery with an unrecovered retry, an inconsistent round, an unreadable round and the round in
 * progress. Each figure must be the day's own sum, not a neighbour's.
 */
class Val24DocumentTest {

    /** The seed's schedule: 48 rounds of 30 minutes a day, 1,440 planned. */
    private static final HandMadeSoak SEED = HandMadeSoak.of(30, 1440);

    private static final List<RoundAccounting> ROUNDS = List.of(
            SEED.round(1, RoundKind.CLEAN, 10, 9, 0, List.of("val24-r000001-004"), List.of(), List.of(), 300, List.of()),
            SEED.round(2, RoundKind.OUTAGE, 10, 2, 8, List.of(), List.of(), List.of(), -1, List.of()),
            SEED.round(3, RoundKind.RECOVERY, 10, 10, 0, List.of(), List.of("x", "y"), List.of("x"), 200,
                    List.of("rounds/r3.json /recovered says 2")),
            SEED.round(4, RoundKind.CLEAN, 10, 10, 0, List.of(), List.of(), List.of(), 100, List.of()));
    private static final UnreadableRound UNREADABLE = new UnreadableRound(5, 1, "rounds/r5.json", "rounds/r5.json: truncated");
    private static final UnreadableRound WRITING = new UnreadableRound(6, 1, "rounds/r6.json", "rounds/r6.json: not found");

    private static SoakAccounting soak() {
        return SEED.soak(ROUNDS, List.of(UNREADABLE), Optional.of(WRITING),
                new Receipts(40, 1, List.of("val24-r009999-001"), 2, List.of("x", "z")));
    }

    /** Outcomes of a partial run: VAL24-01 failed with a detail, VAL24-02 failed with only a message, the day failed. */
    private static final Outcomes OUTCOMES = new Outcomes() {
        private final List<CheckOutcome> all = List.of(
                new CheckOutcome.Failed("VAL24-01", new Findings("recomputed 1 lost", "", "", null), "expected 0 lost"),
                new CheckOutcome.Failed("VAL24-02", Findings.NONE, "no outage round deadlettered"),
                new CheckOutcome.Failed("VAL24-D01", Findings.NONE, "day 1 lost 1"));

        @Override
        public Optional<CheckOutcome> find(String checkId) {
            return all.stream().filter(o -> o.id().equals(checkId)).findFirst();
        }

        @Override
        public List<CheckOutcome> all() {
            return all;
        }
    };

    private static JsonNode parsed(ObjectNode doc) throws Exception {
        return JsonFixtures.MAPPER.readTree(doc.toString());
    }

    private static JsonNode json(String text) throws Exception {
        return JsonFixtures.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void aDayHoldingOneOfEverythingIsSummedFromItsOwnRounds() throws Exception {
        DayAccounting day = soak().days().get(0);

        JsonNode daily = parsed(Val24Document.daily(day, "val24-relay-soak-2026-03-01", "2026-03-01T03:00:00Z", OUTCOMES));

        assertThat(daily).isEqualTo(json("{'schema': 'val24-daily/v1', 'generated_at': '2026-03-01T03:00:00Z',"
                + " 'soak_dir': 'val24-relay-soak-2026-03-01', 'day': 1, 'date': '2026-03-01', 'status': 'FAIL',"
                + " 'summary': 'day 1: 4 rounds (round 6 in progress), 40 seeded, 1 lost', 'rounds': 4,"
                + " 'first_round': 1, 'last_round': 4, 'round_in_progress': 6, 'seeded': 40, 'delivered': 31,"
                + " 'deadletter': 8, 'loss': 1, 'lost_ids': ['val24-r000001-004'], 'clean_rounds': 2,"
                + " 'clean_delivery_rate': 0.95, 'outage_rounds': 1, 'recovery_rounds': 1, 'retried': 2, 'recovered': 1,"
                + " 'inconsistent_rounds': [{'round': 3, 'problems': ['rounds/r3.json /recovered says 2']}],"
                + " 'unreadable_rounds': [{'round': 5, 'detail': 'rounds/r5.json: truncated'}], 'edged_log_bytes': 600}"));
    }

    /** The day check's failure detail (VAL24-Dnn) over the same day, and nothing for a day that adds up. */
    @Test
    void theDayChecksProblemLineNamesEachKindWithItsRounds() {
        DayAccounting day = soak().days().get(0);
        DayAccounting clean = new DayAccounting(2, LocalDate.parse("2026-03-02"), List.of(ROUNDS.get(3)), List.of(),
                Optional.empty());

        assertThat(DayChecks.problems(day)).isEqualTo("; silent loss: round 1: val24-r000001-004"
                + "; inconsistent: round 3: rounds/r3.json /recovered says 2; unreadable: round 5: rounds/r5.json: truncated");
        assertThat(DayChecks.problems(clean)).isEmpty();
    }

    @Test
    void aDayWithoutCleanRoundsHasNoCleanRateAndADayOfOnlyTheRoundInProgressNoRoundRange() throws Exception {
        RoundAccounting outage = SEED.round(1, RoundKind.OUTAGE, 10, 0, 10, List.of(), List.of(), List.of(), 0, List.of());
        DayAccounting outageOnly = new DayAccounting(1, LocalDate.parse("2026-03-01"), List.of(outage), List.of(), Optional.empty());
        DayAccounting writingOnly = new DayAccounting(2, LocalDate.parse("2026-03-02"), List.of(), List.of(), Optional.of(WRITING));

        JsonNode first = parsed(Val24Document.daily(outageOnly, "soak", "t", OUTCOMES));
        JsonNode second = parsed(Val24Document.daily(writingOnly, "soak", "t", OUTCOMES));

        assertThat(first.get("clean_rounds").asLong()).isZero();
        assertThat(first.get("clean_delivery_rate").isNull()).isTrue();
        assertThat(first.get("round_in_progress").isNull()).isTrue();
        assertThat(first.get("first_round").asInt()).isEqualTo(1);
        assertThat(second.has("first_round")).isFalse();
        assertThat(second.has("last_round")).isFalse();
        assertThat(second.get("round_in_progress").asInt()).isEqualTo(6);
        assertThat(second.get("status").asText()).isEqualTo("NOT_RUN");
    }

    @Test
    void theReportListsWhereToLookAndPrefersACheckFindingOverItsMessage() throws Exception {
        JsonNode report = parsed(Val24Document.report(new Loaded.Present<>("rounds/", soak()), ReportMode.DAILY,
                "2026-03-01T03:00:00Z", "val24-relay-soak-2026-03-01", OUTCOMES, Optional.of("IN PROGRESS")));

        assertThat(report.get("verdict").asText()).isEqualTo("IN PROGRESS");
        assertThat(report.get("lost_ids")).isEqualTo(json("['val24-r000001-004']"));
        assertThat(report.get("loss_rate").asDouble()).isEqualTo(0.025);
        assertThat(report.get("inconsistent_rounds")).isEqualTo(json("[{'round': 3, 'problems': ['rounds/r3.json /recovered says 2']}]"));
        assertThat(report.get("unreadable_rounds"))
                .isEqualTo(json("[{'round': 5, 'file': 'rounds/r5.json', 'detail': 'rounds/r5.json: truncated'}]"));
        assertThat(report.get("round_in_progress")).isEqualTo(json("{'round': 6, 'detail': 'rounds/r6.json: not found'}"));
        assertThat(report.get("unknown_received")).isEqualTo(json("{'count': 1, 'examples': ['val24-r009999-001']}"));
        assertThat(report.get("duplicate_received")).isEqualTo(json("{'count': 2, 'examples': ['x', 'z']}"));
        assertThat(report.get("edged_log_bytes").asLong()).isEqualTo(600);
        assertThat(report.get("days")).isEqualTo(json("[{'day': 1, 'date': '2026-03-01', 'file': 'daily-2026-03-01.json',"
                + " 'summary': 'day 1: 4 rounds (round 6 in progress), 40 seeded, 1 lost'}]"));
        assertThat(report.at("/checks/0")).isEqualTo(json("{'id': 'VAL24-01', 'status': 'FAIL', 'detail': 'recomputed 1 lost'}"));
        assertThat(report.at("/checks/1")).isEqualTo(json("{'id': 'VAL24-02', 'status': 'FAIL', 'detail': 'no outage round deadlettered'}"));
        assertThat(report.at("/checks/2")).isEqualTo(json("{'id': 'VAL24-03', 'status': 'NOT_RUN', 'detail': ''}"));
    }

    @Test
    void aSoakThatCouldNotBeAccountedReportsZerosFalseFlagsAndWhy() throws Exception {
        Loaded<SoakAccounting> missing = new Loaded.Missing<>("peer-received.json", Loaded.MissingReason.NOT_FOUND,
                "peer-received.json: not found");

        JsonNode report = parsed(Val24Document.report(missing, ReportMode.STATUS, "t", "soak", OUTCOMES, Optional.empty()));

        assertThat(report.get("missing").asText()).isEqualTo("peer-received.json: not found");
        assertThat(report.get("verdict").isNull()).isTrue();
        assertThat(report.get("total_rounds").asLong()).isZero();
        assertThat(report.get("retry_recovery_rate").isNull()).isTrue();
        assertThat(report.get("gate_d")).isEqualTo(json("{'rounds_ok': false, 'delivery_ok': false, 'retry_ok': false,"
                + " 'loss_ok': false, 'overall': false}"));
        assertThat(report.get("checks")).hasSize(Val24Checks.IDS.size());
        assertThat(report.has("days")).isFalse();
    }

    @Test
    void mergingKeepsTheEnginesChecksAndTakesTheDocumentsWhenTheEngineHasNone() throws Exception {
        ObjectNode doc = (ObjectNode) json("{'mode': 'daily', 'checks': ['document']}");
        ObjectNode withChecks = (ObjectNode) json("{'checks': ['engine']}");
        ObjectNode without = (ObjectNode) json("{}");

        Val24Document.mergeInto(withChecks, doc);
        Val24Document.mergeInto(without, doc);

        assertThat(withChecks).isEqualTo(json("{'checks': ['engine'], 'mode': 'daily'}"));
        assertThat(without).isEqualTo(json("{'mode': 'daily', 'checks': ['document']}"));
    }
}

package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.suite.Loaded;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's VAL24 report document ({@code schema: val24-report/v1}, what {@code reports/final.json} and
 * the checkpoints hold and VAL27 reads), and the per-day {@code daily-YYYY-MM-DD.json} documents. Every figure
 * comes from the recomputed accounting; check statuses from the recorded outcomes.
 */
final class Val24Document {

    static final String SCHEMA = "val24-report/v1";
    static final String DAILY_SCHEMA = "val24-daily/v1";
    /** Lost ids listed in a document; the count is always exact. */
    private static final int LISTED = 1000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Val24Document() {
    }

    static ObjectNode report(Loaded<SoakAccounting> loaded, ReportMode mode, String generatedAt, String soakDir,
            Outcomes outcomes, Optional<String> verdict) {
        ObjectNode doc = JSON.objectNode();
        doc.put("schema", SCHEMA);
        doc.put("mode", mode.label());
        doc.put("generated_at", generatedAt);
        doc.put("soak_dir", soakDir);
        if (!(loaded instanceof Loaded.Present<SoakAccounting> present)) {
            missing(doc, loaded.missingDetail(), outcomes);
            doc.set("checks", checks(outcomes));
            verdict.ifPresentOrElse(v -> doc.put("verdict", v), () -> doc.putNull("verdict"));
            return doc;
        }
        SoakAccounting s = present.value();
        doc.put("elapsed_days", Figures.round(s.elapsedDays(), 4));
        doc.put("soak_complete", s.complete());
        doc.put("total_rounds", s.totalRounds());
        doc.put("total_seeded", s.totalSeeded());
        doc.put("total_delivered", s.totalDelivered());
        doc.put("total_deadletter", s.totalDeadletter());
        doc.put("loss_count", s.lossCount());
        doc.put("loss_rate", Figures.round(s.lossRate(), 6));
        doc.put("clean_rounds", s.rounds(RoundKind.CLEAN));
        // 0 before the first clean round: readers (VAL27) require a number; clean_rounds = 0 says why.
        doc.put("clean_delivery_rate", Figures.round(s.cleanDeliveryRate().orElse(0.0), 6));
        doc.put("outage_rounds", s.rounds(RoundKind.OUTAGE));
        doc.put("recovery_rounds", s.rounds(RoundKind.RECOVERY));
        doc.put("total_retried", s.totalRetried());
        doc.put("total_recovered", s.totalRecovered());
        if (s.retryRecoveryRate().isPresent()) {
            doc.put("retry_recovery_rate", Figures.round(s.retryRecoveryRate().getAsDouble(), 6));
        } else {
            doc.putNull("retry_recovery_rate");
        }
        gateD(doc, outcomes);
        doc.set("checks", checks(outcomes));
        verdict.ifPresentOrElse(v -> doc.put("verdict", v), () -> doc.putNull("verdict"));
        details(doc, s);
        return doc;
    }

    /** Fields beyond the contract's: what a person needs to find the offending rounds. */
    private static void details(ObjectNode doc, SoakAccounting s) {
        doc.put("rounds_target", s.parameters().roundsTarget());
        Optional<UnreadableRound> writing = s.inProgress();
        if (writing.isPresent()) {
            ObjectNode progress = doc.putObject("round_in_progress");
            progress.put("round", writing.get().round());
            progress.put("detail", writing.get().detail());
        } else {
            doc.putNull("round_in_progress");
        }
        doc.set("lost_ids", limited(s.lostIds()));
        ArrayNode inconsistent = doc.putArray("inconsistent_rounds");
        for (RoundAccounting r : s.inconsistentRounds()) {
            ObjectNode row = inconsistent.addObject();
            row.put("round", r.round());
            ArrayNode problems = row.putArray("problems");
            r.problems().forEach(problems::add);
        }
        ArrayNode unreadable = doc.putArray("unreadable_rounds");
        for (UnreadableRound r : s.unreadable()) {
            ObjectNode row = unreadable.addObject();
            row.put("round", r.round());
            row.put("file", r.file());
            row.put("detail", r.detail());
        }
        Receipts receipts = s.receipts();
        doc.put("receipts_total", receipts.total());
        ObjectNode unknown = doc.putObject("unknown_received");
        unknown.put("count", receipts.unknown());
        ArrayNode unknownIds = unknown.putArray("examples");
        receipts.unknownExamples().forEach(unknownIds::add);
        ObjectNode duplicates = doc.putObject("duplicate_received");
        duplicates.put("count", receipts.duplicates());
        ArrayNode duplicateIds = duplicates.putArray("examples");
        receipts.duplicateExamples().forEach(duplicateIds::add);
        doc.put("edged_log_bytes", s.edgedLogBytes());
        ArrayNode days = doc.putArray("days");
        for (DayAccounting day : s.days()) {
            ObjectNode row = days.addObject();
            row.put("day", day.day());
            row.put("date", day.date().toString());
            row.put("file", day.dailyFileName());
            row.put("summary", day.title());
        }
    }

    private static void missing(ObjectNode doc, String detail, Outcomes outcomes) {
        doc.put("elapsed_days", 0);
        doc.put("soak_complete", false);
        for (String count : List.of("total_rounds", "total_seeded", "total_delivered", "total_deadletter", "loss_count")) {
            doc.put(count, 0);
        }
        doc.put("loss_rate", 0);
        doc.put("clean_rounds", 0);
        doc.put("clean_delivery_rate", 0);
        doc.put("outage_rounds", 0);
        doc.put("recovery_rounds", 0);
        doc.put("total_retried", 0);
        doc.put("total_recovered", 0);
        doc.putNull("retry_recovery_rate");
        gateD(doc, outcomes);
        doc.put("missing", detail);
    }

    /** {@code gate_d}: each criterion as its check's outcome, never judged again here. */
    private static void gateD(ObjectNode doc, Outcomes outcomes) {
        GateD gate = GateD.of(outcomes);
        ObjectNode gateD = doc.putObject("gate_d");
        gateD.put("rounds_ok", gate.roundsOk());
        gateD.put("delivery_ok", gate.deliveryOk());
        gateD.put("retry_ok", gate.retryOk());
        gateD.put("loss_ok", gate.lossOk());
        gateD.put("overall", gate.overall());
    }

    /** {@code [{id, status, detail}]} in matrix order; a check that did not run is {@code NOT_RUN}. */
    static ArrayNode checks(Outcomes outcomes) {
        ArrayNode checks = JSON.arrayNode();
        for (String id : Val24Checks.IDS) {
            Optional<CheckOutcome> outcome = outcomes.find(id);
            ObjectNode row = checks.addObject();
            row.put("id", id);
            row.put("status", outcomes.status(id).name());
            row.put("detail", outcome.map(o -> o.findings().detail().isEmpty() ? o.message() : o.findings().detail()).orElse(""));
        }
        return checks;
    }

    static ObjectNode daily(DayAccounting day, String soakDir, String generatedAt, Outcomes outcomes) {
        ObjectNode doc = JSON.objectNode();
        doc.put("schema", DAILY_SCHEMA);
        doc.put("generated_at", generatedAt);
        doc.put("soak_dir", soakDir);
        doc.put("day", day.day());
        doc.put("date", day.date().toString());
        doc.put("status", outcomes.status(DayChecks.checkId(day.day())).name());
        doc.put("summary", day.title());
        doc.put("rounds", day.rounds().size());
        if (!day.rounds().isEmpty()) {
            doc.put("first_round", day.rounds().get(0).round());
            doc.put("last_round", day.rounds().get(day.rounds().size() - 1).round());
        }
        day.inProgress().ifPresentOrElse(r -> doc.put("round_in_progress", r.round()), () -> doc.putNull("round_in_progress"));
        doc.put("seeded", day.seeded());
        doc.put("delivered", day.delivered());
        doc.put("deadletter", day.deadletter());
        doc.put("loss", day.lost());
        List<String> lost = day.lossRounds().stream().flatMap(r -> r.lostIds().stream()).toList();
        doc.set("lost_ids", limited(lost));
        long cleanSeeded = day.rounds().stream().filter(r -> r.kind() == RoundKind.CLEAN).mapToLong(RoundAccounting::seeded).sum();
        long cleanDelivered = day.rounds().stream().filter(r -> r.kind() == RoundKind.CLEAN).mapToLong(RoundAccounting::delivered).sum();
        doc.put("clean_rounds", day.rounds(RoundKind.CLEAN));
        if (cleanSeeded > 0) {
            doc.put("clean_delivery_rate", Figures.round(cleanDelivered / (double) cleanSeeded, 6));
        } else {
            doc.putNull("clean_delivery_rate");
        }
        doc.put("outage_rounds", day.rounds(RoundKind.OUTAGE));
        doc.put("recovery_rounds", day.rounds(RoundKind.RECOVERY));
        doc.put("retried", day.retried());
        doc.put("recovered", day.recovered());
        ArrayNode inconsistent = doc.putArray("inconsistent_rounds");
        for (RoundAccounting r : day.inconsistentRounds()) {
            ObjectNode row = inconsistent.addObject();
            row.put("round", r.round());
            ArrayNode problems = row.putArray("problems");
            r.problems().forEach(problems::add);
        }
        ArrayNode unreadable = doc.putArray("unreadable_rounds");
        day.unreadable().forEach(r -> unreadable.addObject().put("round", r.round()).put("detail", r.detail()));
        doc.put("edged_log_bytes", day.edgedLogBytes());
        return doc;
    }

    /** The engine's canonical rendering: the same bytes as the proof report JSON beside it. */
    static String render(ObjectNode doc) {
        return dev.junitproof.engine.CanonicalJson.render(doc);
    }

    private static JsonNode limited(List<String> ids) {
        ArrayNode array = JSON.arrayNode();
        ids.stream().limit(LISTED).forEach(array::add);
        return array;
    }

    /** Copies the document's fields into the engine's report, keeping the engine's richer {@code checks}. */
    static void mergeInto(ObjectNode report, ObjectNode doc) {
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) doc::fields) {
            if (!field.getKey().equals("checks") || !report.has("checks")) {
                report.set(field.getKey(), field.getValue());
            }
        }
    }
}

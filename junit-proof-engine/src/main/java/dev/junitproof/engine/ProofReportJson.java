package dev.junitproof.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.result.ApprovedCriterion;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.EvidenceDigest;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The contract's "Proof report JSON" ({@code proof-report/v1}) common fields; suites add their own after. */
final class ProofReportJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ProofReportJson() {
    }

    static ObjectNode build(ProofSuite suite, SuiteProof proof, PlanIndex plan, ProofResult result) {
        return build(suite, proof, plan, result, Approvals.NONE);
    }

    static ObjectNode build(ProofSuite suite, SuiteProof proof, PlanIndex plan, ProofResult result, Approvals approvals) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("schema", "proof-report/v1");
        json.put("suite", suite.id());
        json.put("generated_at", result.generatedText());
        json.put("evidence_dir", result.evidenceDir());
        if (result.verdict().isPresent()) {
            json.put("verdict", result.verdict().get());
        } else {
            json.putNull("verdict");
        }
        json.put("partial_run", result.partial());
        // Every judged check, in plan order: slice checks, figure checks and supporting checks as well as the
        // matrix, so a tool that looks for a failing check finds every one the verdict rests on.
        ArrayNode checks = json.putArray("checks");
        for (PlanIndex.Entry entry : plan.all()) {
            Optional<CheckOutcome> outcome = result.outcomes().find(entry.id());
            Findings f = outcome.map(CheckOutcome::findings).orElse(Findings.NONE);
            ObjectNode check = checks.addObject();
            check.put("id", entry.id());
            check.put("group", entry.groupKey());
            check.put("matrix", entry.matrix());
            check.put("status", result.outcomes().status(entry.id()).name());
            check.put("description", entry.spec().title());
            check.put("criterion", entry.spec().criterion());
            check.put("detail", f.detail());
            check.put("measured", f.measured());
            putNumber(check, "measured_value", f.measuredValue().map(Measurement::value));
            check.put("target", f.target());
            putNumber(check, "target_value", f.targetValue().map(Target::value));
            putText(check, "unit", f.measuredValue().map(m -> m.unit().name())
                    .or(() -> f.targetValue().map(t -> t.unit().name())));
            putText(check, "comparator", f.targetValue().map(t -> t.comparator().symbol()));
            check.put("source", f.source() == null ? "" : f.source().toString());
            if (!outcome.map(CheckOutcome::passed).orElse(true)) {
                check.put("message", outcome.get().message());
            }
        }
        ArrayNode coverage = json.putArray("coverage");
        for (CoverageRow row : proof.coverage()) {
            ObjectNode r = coverage.addObject();
            r.put("slice", row.slice());
            r.put("name", row.name());
            r.put("status", row.status(result.outcomes()).name());
            r.put("check", row.checkId());
            r.put("passed", row.passed());
            r.put("total", row.total());
            r.put("detail", row.detail());
        }
        ArrayNode readiness = json.putArray("readiness");
        for (ReadinessResult level : result.readiness()) {
            ObjectNode r = readiness.addObject();
            r.put("level", level.level());
            r.put("status", level.status().name());
            ArrayNode unmet = r.putArray("unmet");
            level.unmet().forEach(unmet::add);
            ArrayNode approved = r.putArray("approved");
            for (ApprovedCriterion a : level.approved()) {
                ObjectNode entry = approved.addObject();
                entry.put("criterion", a.criterion());
                entry.put("kind", a.approval().kind().fileName());
                entry.put("approved_by", a.approval().approvedBy());
                putText(entry, "expires", a.approval().expires().map(Object::toString));
                entry.put("reference", a.approval().reference());
            }
            ArrayNode notCounted = r.putArray("not_counted");
            for (ApprovalStanding standing : level.notCounted()) {
                notCounted.addObject().put("criterion", standing.approval().criterion()).put("why", standing.why());
            }
        }
        // Apart from the checks: what a person decided, and whether it counts for this report.
        ArrayNode recorded = json.putArray("approvals");
        for (ApprovalStanding standing : approvals.all()) {
            ObjectNode entry = recorded.addObject();
            entry.put("criterion", standing.approval().criterion());
            entry.put("kind", standing.approval().kind().fileName());
            entry.put("counted", standing.counted());
            entry.put("why", standing.why());
            entry.put("approved_by", standing.approval().approvedBy());
            entry.put("approved_at", standing.approval().approvedAt().toString());
            putText(entry, "expires", standing.approval().expires().map(Object::toString));
            entry.put("reference", standing.approval().reference());
            entry.put("reason", standing.approval().reason());
        }
        // Serialised straight from the digests when written: a tree of 200,000 small objects (a year-long soak)
        // would cost more memory than the soak's whole accounting.
        json.putPOJO("evidence", new EvidenceArray(result.evidence()));
        return json;
    }

    /** A number, or null: a tool reading the report never parses {@code "24.1 ms"}. */
    private static void putNumber(ObjectNode node, String field, Optional<Double> value) {
        if (value.isPresent() && Double.isFinite(value.get())) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void putText(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    /**
     * The {@code evidence} list, written as {@code [{"path", "sha256", "bytes"}, ...]} by whatever writes the tree.
     * A year-long soak lists 70,000 files: the entries are written as one raw value laid out exactly as the
     * canonical printer lays out a top-level field's array of objects (items indented 4, fields 6), which is several
     * times quicker than the printer's per-token indentation. EvidenceListBytesTest holds the two to the same bytes.
     */
    record EvidenceArray(List<EvidenceDigest> digests) implements JsonSerializable {

        @Override
        public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (digests.isEmpty() || !(gen.getPrettyPrinter() instanceof com.fasterxml.jackson.core.util.DefaultPrettyPrinter)) {
                writeTokens(gen);
                return;
            }
            StringBuilder raw = new StringBuilder(digests.size() * 140);
            raw.append('[');
            for (int i = 0; i < digests.size(); i++) {
                EvidenceDigest digest = digests.get(i);
                raw.append(i == 0 ? "\n    {\n      \"path\": \"" : ",\n    {\n      \"path\": \"");
                com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(digest.path(), raw);
                raw.append("\",\n      \"sha256\": \"").append(digest.sha256())
                        .append("\",\n      \"bytes\": ").append(digest.bytes()).append("\n    }");
            }
            raw.append("\n  ]");
            gen.writeRawValue(raw.toString());
        }

        private void writeTokens(JsonGenerator gen) throws IOException {
            gen.writeStartArray();
            for (EvidenceDigest digest : digests) {
                gen.writeStartObject();
                gen.writeStringField("path", digest.path());
                gen.writeStringField("sha256", digest.sha256());
                gen.writeNumberField("bytes", digest.bytes());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }

        @Override
        public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
                throws IOException {
            serialize(gen, serializers);
        }
    }

    /** The canonical rendering every report file shares ({@link dev.junitproof.engine.CanonicalJson}), streamed. */
    static void write(ObjectNode json, OutputStream out) throws IOException {
        dev.junitproof.engine.CanonicalJson.write(json, out);
    }
}

package dev.junitproof.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.EvidenceDigest;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contract's "Proof report JSON" ({@code proof-report/v1}) common fields; suites add their own after. */
final class ProofReportJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ProofReportJson() {
    }

    static ObjectNode build(CompletedRun run, ProofResult result) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("schema", "proof-report/v1");
        json.put("suite", run.suite().id());
        json.put("generated_at", result.generatedText());
        json.put("evidence_dir", result.evidenceDir());
        if (result.verdict().isPresent()) {
            json.put("verdict", result.verdict().get());
        } else {
            json.putNull("verdict");
        }
        json.put("partial_run", result.partial());
        Map<String, String> titles = titles(run.proof().plan());
        Map<String, String> criteria = criteria(run.proof().plan());
        ArrayNode checks = json.putArray("checks");
        for (String id : run.matrixChecks()) {
            Optional<CheckOutcome> outcome = result.outcomes().find(id);
            Findings f = outcome.map(CheckOutcome::findings).orElse(Findings.NONE);
            ObjectNode check = checks.addObject();
            check.put("id", id);
            check.put("status", outcome.map(o -> o.status().name()).orElse("NOT_RUN"));
            check.put("description", titles.getOrDefault(id, ""));
            check.put("criterion", criteria.getOrDefault(id, ""));
            check.put("detail", f.detail());
            check.put("measured", f.measured());
            check.put("target", f.target());
            check.put("source", f.source() == null ? "" : f.source().toString());
        }
        ArrayNode coverage = json.putArray("coverage");
        for (CoverageRow row : run.proof().coverage()) {
            ObjectNode r = coverage.addObject();
            r.put("slice", row.slice());
            r.put("name", row.name());
            r.put("status", row.status());
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
        }
        // Serialised straight from the digests when written: a tree of 200,000 small objects (a year-long soak)
        // would cost more memory than the soak's whole accounting.
        json.putPOJO("evidence", new EvidenceArray(result.evidence()));
        return json;
    }

    /** The {@code evidence} list, written as {@code [{"path", "sha256", "bytes"}, ...]} by whatever writes the tree. */
    record EvidenceArray(List<EvidenceDigest> digests) implements JsonSerializable {

        @Override
        public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
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

    static Map<String, String> titles(List<PlanNode> plan) {
        Map<String, String> titles = new HashMap<>();
        forEachCheck(plan, spec -> titles.put(spec.id(), spec.title()));
        return titles;
    }

    static Map<String, String> criteria(List<PlanNode> plan) {
        Map<String, String> criteria = new HashMap<>();
        forEachCheck(plan, spec -> criteria.put(spec.id(), spec.criterion()));
        return criteria;
    }

    private static void forEachCheck(List<PlanNode> plan, java.util.function.Consumer<CheckSpec> action) {
        for (PlanNode node : plan) {
            if (node instanceof CheckSpec spec) {
                action.accept(spec);
            } else if (node instanceof CheckGroup group) {
                forEachCheck(group.children(), action);
            }
        }
    }
}

package dev.junitproof.engine.attest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The in-toto Statement v1 for one proof report, whose predicate is a SLSA Verification Summary v1. Built from
 * the report files' bytes alone (never from the running engine), so a report can be signed after the fact and a
 * reviewer can rebuild every field from what they were handed:
 * <ul>
 *   <li>{@code subject}: the JSON, text and Markdown reports, by file name and SHA-256;</li>
 *   <li>{@code timeVerified}: the report's {@code generated_at}, never the wall clock, so the same report and key
 *       give a byte-identical envelope;</li>
 *   <li>{@code resourceUri}: the report's {@code evidence_dir};</li>
 *   <li>{@code policy}: {@code proof-suite:<suite>} with the {@link PolicyDigest};</li>
 *   <li>{@code inputAttestations}: every entry of the report's {@code evidence} list, path and SHA-256;</li>
 *   <li>{@code verificationResult}: {@link VerificationResult}; {@code verifiedLevels}: {@code <LEVEL>_READY} for
 *       each READY readiness level of a complete run (none for a partial run).</li>
 * </ul>
 */
final class InTotoStatement {

    static final String TYPE = "https://in-toto.io/Statement/v1";
    static final String PREDICATE_TYPE = "https://slsa.dev/verification_summary/v1";
    static final String VERIFIER_ID = "urn:junitproof:proof-engine";
    static final String VERIFIER_COMPONENT = "junit-proof-engine";
    static final String POLICY_PREFIX = "proof-suite:";

    private InTotoStatement() {
    }

    /**
     * @param subjects    the report files, {@code <base>.json}, {@code .txt} and {@code .md}, with their digests
     * @param report      the JSON report, parsed from exactly the bytes whose digest the subjects carry
     * @param version     this engine's version (recorded, not trusted by verification)
     */
    static byte[] build(List<AttestedStatement.NamedDigest> subjects, JsonNode report, String version) {
        ObjectNode statement = Envelope.MAPPER.createObjectNode();
        statement.put("_type", TYPE);
        ArrayNode subject = statement.putArray("subject");
        for (AttestedStatement.NamedDigest file : subjects) {
            subject.addObject().put("name", file.name()).putObject("digest").put("sha256", file.sha256());
        }
        statement.put("predicateType", PREDICATE_TYPE);
        ObjectNode predicate = statement.putObject("predicate");
        ObjectNode verifier = predicate.putObject("verifier");
        verifier.put("id", VERIFIER_ID);
        verifier.putObject("version").put(VERIFIER_COMPONENT, version);
        predicate.put("timeVerified", report.path("generated_at").asText(""));
        predicate.put("resourceUri", report.path("evidence_dir").asText(""));
        ObjectNode policy = predicate.putObject("policy");
        policy.put("uri", POLICY_PREFIX + report.path("suite").asText(""));
        policy.putObject("digest").put("sha256", PolicyDigest.sha256(report));
        ArrayNode inputs = predicate.putArray("inputAttestations");
        for (JsonNode evidence : report.path("evidence")) {
            inputs.addObject().put("uri", evidence.path("path").asText(""))
                    .putObject("digest").put("sha256", evidence.path("sha256").asText(""));
        }
        VerificationResult result = VerificationResult.of(report);
        predicate.put("verificationResult", result.name());
        ArrayNode levels = predicate.putArray("verifiedLevels");
        if (!report.path("partial_run").asBoolean(true)) {
            for (JsonNode level : report.path("readiness")) {
                if ("READY".equals(level.path("status").asText())) {
                    levels.add(level.path("level").asText() + "_READY");
                }
            }
        }
        predicate.put("slsaVersion", "1.0");
        try {
            // Compact, fields in insertion order: the signed bytes are the same on every platform.
            return Envelope.MAPPER.writeValueAsBytes(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}

package dev.junitproof.engine.attest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;

/**
 * The policy a report was checked against, as a digest: SHA-256 of the compact JSON
 * {@code [["<id>","<description>","<target>"], ...]} built from the report's {@code checks} list in report order.
 * A reviewer recomputes it from the report alone; a suite whose checks, wording or targets change gets a new
 * digest, so "the same policy" means the same matrix, not merely the same suite id.
 */
final class PolicyDigest {

    private PolicyDigest() {
    }

    static String canonicalText(JsonNode report) {
        ArrayNode rows = Envelope.MAPPER.createArrayNode();
        for (JsonNode check : report.path("checks")) {
            rows.addArray()
                    .add(check.path("id").asText(""))
                    .add(check.path("description").asText(""))
                    .add(check.path("target").asText(""));
        }
        try {
            return Envelope.MAPPER.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    static String sha256(JsonNode report) {
        return Sha256.hex(canonicalText(report).getBytes(StandardCharsets.UTF_8));
    }
}

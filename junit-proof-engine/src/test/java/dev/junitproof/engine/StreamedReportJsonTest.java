package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.EvidenceDigest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report JSON is streamed with its evidence list serialised from the digests; the bytes must not change. */
class StreamedReportJsonTest {

    private static final List<EvidenceDigest> DIGESTS = List.of(
            new EvidenceDigest("rounds/r000001.json", "ab".repeat(32), 226),
            new EvidenceDigest("soak.json", "0f".repeat(32), 0),
            new EvidenceDigest("peer ≥ \"quoted\".json", "9a".repeat(32), 12_614_423));

    private static ObjectNode report() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("schema", "proof-report/v1");
        json.put("verdict", "GATE D PASS — ≥ 0.990");
        json.putArray("readiness");
        return json;
    }

    @Test
    void theStreamedEvidenceListWritesTheBytesTheTreeRendered() throws Exception {
        ObjectNode tree = report();
        ArrayNode evidence = tree.putArray("evidence");
        DIGESTS.forEach(d -> evidence.addObject().put("path", d.path()).put("sha256", d.sha256()).put("bytes", d.bytes()));
        tree.put("after", "a suite's own field");
        ObjectNode streamed = report();
        streamed.putPOJO("evidence", new ProofReportJson.EvidenceArray(DIGESTS));
        streamed.put("after", "a suite's own field");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProofReportJson.write(streamed, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CanonicalJson.render(tree));
        assertThat(CanonicalJson.render(tree)).contains("\"bytes\": 12614423", "\"path\": \"peer ≥ \\\"quoted\\\".json\"");
    }
}

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

/**
 * The report's evidence list is written as one raw value for speed; its bytes must be the canonical printer's for
 * the same list as a tree, paths that need escaping included, and for an empty list.
 */
class EvidenceListBytesTest {

    private static final String SHA = "4c14db39c994556178347f5b7fc329912c073832895aa48a205619c5d5127eb2";

    private static String raw(List<EvidenceDigest> digests) throws Exception {
        ObjectNode report = JsonNodeFactory.instance.objectNode().put("schema", "proof-report/v1");
        report.putPOJO("evidence", new ProofReportJson.EvidenceArray(digests));
        report.put("after", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalJson.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String tree(List<EvidenceDigest> digests) {
        ObjectNode report = JsonNodeFactory.instance.objectNode().put("schema", "proof-report/v1");
        ArrayNode evidence = report.putArray("evidence");
        for (EvidenceDigest d : digests) {
            evidence.addObject().put("path", d.path()).put("sha256", d.sha256()).put("bytes", d.bytes());
        }
        report.put("after", true);
        return CanonicalJson.render(report);
    }

    @Test
    void theRawListIsTheCanonicalPrintersBytes() throws Exception {
        List<EvidenceDigest> digests = List.of(
                new EvidenceDigest("rounds/r000001.json", SHA, 512),
                new EvidenceDigest("odd \"name\"\\with\ttab\u0001 and ünïcode/€.json", SHA, 0),
                new EvidenceDigest("peer-received.json", SHA, 12_345_678_901L));

        assertThat(raw(digests)).isEqualTo(tree(digests));
        assertThat(raw(List.of())).isEqualTo(tree(List.of()));
    }
}

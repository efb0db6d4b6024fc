package dev.junitproof.engine.attest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each way an envelope, a statement or an evidence path can be wrong is refused, and says how. */
class AttestationRefusalsTest {

    private static final String SHA = "a".repeat(64);

    @TempDir
    Path tmp;

    private final HmacKey key = HmacKey.fromEnvironment("K", name -> Optional.of("secret"));

    private String rejection(String envelopeText) throws Exception {
        Files.writeString(tmp.resolve("r.intoto.jsonl"), envelopeText);
        Verification v = Verifier.verify(new DirectoryFiles(tmp), "r.intoto.jsonl", key, s -> null);
        assertThat(v).isInstanceOf(Verification.Rejected.class);
        return ((Verification.Rejected) v).message();
    }

    private static String envelope(String payloadType, String keyid) {
        String payload = Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
        return "{\"payloadType\":\"" + payloadType + "\",\"payload\":\"" + payload + "\",\"signatures\":[{\"keyid\":\""
                + keyid + "\",\"sig\":\"AAAA\"}]}\n";
    }

    @Test
    void envelopesThatAreAbsentOrMalformedAreRefused() throws Exception {
        assertThat(Verifier.verify(new DirectoryFiles(tmp), "absent.intoto.jsonl", key, s -> null))
                .isInstanceOfSatisfying(Verification.Rejected.class,
                        r -> assertThat(r.message()).isEqualTo("malformed attestation: absent.intoto.jsonl not found"));
        assertThat(rejection("")).isEqualTo("malformed attestation: r.intoto.jsonl holds 0 envelopes; expected one");
        assertThat(rejection(envelope(Dsse.IN_TOTO_PAYLOAD_TYPE, "x") + envelope(Dsse.IN_TOTO_PAYLOAD_TYPE, "y")))
                .isEqualTo("malformed attestation: r.intoto.jsonl holds 2 envelopes; expected one");
        assertThat(rejection("[1]\n")).isEqualTo("malformed attestation: r.intoto.jsonl: the envelope is not a JSON object");
        assertThat(rejection(envelope("text/plain", key.keyid())))
                .isEqualTo("malformed attestation: r.intoto.jsonl: payloadType text/plain is not " + Dsse.IN_TOTO_PAYLOAD_TYPE);
        assertThat(rejection(envelope(Dsse.IN_TOTO_PAYLOAD_TYPE, "")))
                .startsWith("wrong key").contains("(no keyid)");
    }

    @Test
    void anEnvelopeFileOverItsLimitIsNotRead() throws Exception {
        Path big = tmp.resolve("big.intoto.jsonl");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), DirectoryFiles.MAX_ENVELOPE_BYTES);
        }

        assertThat(new DirectoryFiles(tmp).envelope("big.intoto.jsonl").missingDetail())
                .isEqualTo("big.intoto.jsonl is over " + DirectoryFiles.MAX_ENVELOPE_BYTES + " bytes, not an envelope");
        assertThat(new DirectoryFiles(tmp).sha256("absent.json").missingDetail()).isEqualTo("absent.json not found in " + tmp);
    }

    @Test
    void statementsMissingWhatTheyMustSayAreRefusedByName() {
        String type = "\"_type\":\"" + InTotoStatement.TYPE + "\"";
        String predicateType = "\"predicateType\":\"" + InTotoStatement.PREDICATE_TYPE + "\"";
        String subject = "\"subject\":[{\"name\":\"r.json\",\"digest\":{\"sha256\":\"" + SHA + "\"}}]";

        assertThatThrownBy(() -> parse("not json")).hasMessage("the signed payload is not JSON");
        assertThatThrownBy(() -> parse("{\"_type\":\"x\"}")).hasMessageStartingWith("the signed payload is not an in-toto Statement v1");
        assertThatThrownBy(() -> parse("{" + type + "}")).hasMessageStartingWith("the statement's predicateType is not ");
        assertThatThrownBy(() -> parse("{" + type + "," + predicateType + "}")).hasMessage("the statement's subject is not a list");
        assertThatThrownBy(() -> parse("{" + type + "," + predicateType + ",\"subject\":[]}")).hasMessage("the statement names no subject");
        assertThatThrownBy(() -> parse("{" + type + "," + predicateType + ",\"subject\":[{\"name\":\"r.json\",\"digest\":{\"sha256\":\"short\"}}]}"))
                .hasMessage("an entry of the statement's subject has no name or no sha256");
        assertThatThrownBy(() -> parse("{" + type + "," + predicateType + "," + subject + ",\"predicate\":{}}"))
                .hasMessage("the statement's inputAttestations is not a list");
        assertThat(parse("{" + type + "," + predicateType + "," + subject + ",\"predicate\":{\"inputAttestations\":[]}}")
                .subjects()).extracting(AttestedStatement.NamedDigest::name).containsExactly("r.json");
    }

    private static AttestedStatement parse(String json) {
        return AttestedStatement.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void evidencePathsOutsideTheDirectoryOrNotFilesAreNotRead() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(tmp.resolve("secret.json"), "{}");
        Files.createSymbolicLink(evidence.resolve("link.json"), tmp.resolve("secret.json"));
        Files.createDirectories(evidence.resolve("dir.json"));
        Files.writeString(evidence.resolve("ok.json"), "{}");
        EvidenceDirectory directory = new EvidenceDirectory(evidence);

        assertThat(directory.sha256("../secret.json").missingDetail()).isEqualTo("the path leaves the evidence directory; not read");
        assertThat(directory.sha256(tmp.resolve("secret.json").toString()).missingDetail())
                .isEqualTo("the path leaves the evidence directory; not read");
        assertThat(directory.sha256("a\\b.json").missingDetail()).isEqualTo("the path leaves the evidence directory; not read");
        assertThat(directory.sha256("absent.json").missingDetail()).isEqualTo("not found");
        assertThat(directory.sha256("link.json").missingDetail()).isEqualTo("a link that resolves outside the evidence directory; not read");
        assertThat(directory.sha256("dir.json").missingDetail()).isEqualTo("not a regular file");
        assertThat(directory.sha256("ok.json").optional()).contains(
                "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @Test
    void theEvidenceIsFoundWhereItWasToldThenBundledThenAtTheStatementsUri() throws Exception {
        Path envelopes = Files.createDirectories(tmp.resolve("reports"));

        assertThat(EvidenceDirectory.locate(Optional.of(tmp.resolve("given")), envelopes, "lab").toString())
                .isEqualTo(tmp.resolve("given").toString());
        assertThat(EvidenceDirectory.locate(Optional.empty(), envelopes, "lab").toString()).isEqualTo("lab");
        assertThat(EvidenceDirectory.locate(Optional.empty(), envelopes, "").toString()).isEqualTo(".");
        Files.createDirectories(envelopes.resolve("evidence"));
        assertThat(EvidenceDirectory.locate(Optional.empty(), envelopes, "lab").toString())
                .isEqualTo(envelopes.resolve("evidence").toString());
    }
}

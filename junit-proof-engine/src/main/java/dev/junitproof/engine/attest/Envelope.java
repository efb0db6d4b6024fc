package dev.junitproof.engine.attest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A DSSE envelope: the payload (the in-toto statement's exact bytes), its type, and signatures over the PAE.
 * Written as one JSON line, the {@code .intoto.jsonl} form in-toto tooling reads.
 */
record Envelope(String payloadType, byte[] payload, List<EnvelopeSignature> signatures) {

    /** Rejects duplicate keys: an envelope or statement that names a field twice says two things at once. */
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    Envelope {
        payload = payload.clone();
        signatures = List.copyOf(signatures);
    }

    /** One signature; {@code keyid} says which key made it. */
    record EnvelopeSignature(String keyid, byte[] sig) {
        EnvelopeSignature {
            sig = sig.clone();
        }
    }

    static Envelope sign(byte[] statement, List<SigningKey> keys) throws GeneralSecurityException {
        byte[] pae = Dsse.pae(Dsse.IN_TOTO_PAYLOAD_TYPE, statement);
        List<EnvelopeSignature> signatures = new ArrayList<>();
        for (SigningKey key : keys) {
            signatures.add(new EnvelopeSignature(key.keyid(), key.sign(pae)));
        }
        return new Envelope(Dsse.IN_TOTO_PAYLOAD_TYPE, statement, signatures);
    }

    /** The same payload under new signatures (re-signing never touches what was attested). */
    Envelope resignedWith(List<SigningKey> keys) throws GeneralSecurityException {
        return sign(payload, keys);
    }

    byte[] pae() {
        return Dsse.pae(payloadType, payload);
    }

    /** One line, LF-terminated; deterministic for a given payload and keys (Ed25519 and HMAC are deterministic). */
    String toJsonLine() {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("payloadType", payloadType);
        json.put("payload", Base64.getEncoder().encodeToString(payload));
        ArrayNode sigs = json.putArray("signatures");
        for (EnvelopeSignature s : signatures) {
            sigs.addObject().put("keyid", s.keyid()).put("sig", Base64.getEncoder().encodeToString(s.sig()));
        }
        try {
            return MAPPER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Parses one envelope line; the message says what is wrong with it. */
    static Envelope parse(String line) {
        JsonNode json;
        try {
            json = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the envelope is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the envelope is not a JSON object");
        }
        String type = text(json, "payloadType");
        byte[] payload = base64(text(json, "payload"), "payload");
        JsonNode sigs = json.path("signatures");
        if (!sigs.isArray() || sigs.isEmpty()) {
            throw new IllegalArgumentException("the envelope has no signatures");
        }
        List<EnvelopeSignature> signatures = new ArrayList<>();
        for (JsonNode s : sigs) {
            signatures.add(new EnvelopeSignature(s.path("keyid").asText(""), base64(text(s, "sig"), "signature")));
        }
        return new Envelope(type, payload, signatures);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the envelope has no text field '" + field + "'");
        }
        return value.asText();
    }

    private static byte[] base64(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the envelope's " + what + " is not valid base64");
        }
    }

    String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}

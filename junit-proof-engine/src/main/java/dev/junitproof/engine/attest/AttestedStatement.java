package dev.junitproof.engine.attest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a verified envelope's statement claims, read back for checking: the report files (subjects), the evidence
 * files (inputs) and the summary. Only parsed after the signature verified, so every value here is signed.
 */
record AttestedStatement(
        List<NamedDigest> subjects,
        String resourceUri,
        String policyUri,
        List<NamedDigest> inputs,
        String verificationResult,
        List<String> verifiedLevels,
        String timeVerified) {

    /** A file name or evidence path with its SHA-256. */
    record NamedDigest(String name, String sha256) {
    }

    AttestedStatement {
        subjects = List.copyOf(subjects);
        inputs = List.copyOf(inputs);
        verifiedLevels = List.copyOf(verifiedLevels);
    }

    /** Parses a statement; the message says which field is missing or of the wrong type. */
    static AttestedStatement parse(byte[] payload) {
        JsonNode json;
        try {
            json = Envelope.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("the signed payload is not JSON");
        }
        require(InTotoStatement.TYPE.equals(json.path("_type").asText()),
                "the signed payload is not an in-toto Statement v1 (_type " + json.path("_type") + ")");
        require(InTotoStatement.PREDICATE_TYPE.equals(json.path("predicateType").asText()),
                "the statement's predicateType is not " + InTotoStatement.PREDICATE_TYPE);
        List<NamedDigest> subjects = digests(json.path("subject"), "name", "subject");
        require(!subjects.isEmpty(), "the statement names no subject");
        JsonNode predicate = json.path("predicate");
        List<NamedDigest> inputs = digests(predicate.path("inputAttestations"), "uri", "inputAttestations");
        List<String> levels = new ArrayList<>();
        predicate.path("verifiedLevels").forEach(l -> levels.add(l.asText()));
        return new AttestedStatement(subjects, predicate.path("resourceUri").asText(""),
                predicate.path("policy").path("uri").asText(""), inputs,
                predicate.path("verificationResult").asText(""), levels, predicate.path("timeVerified").asText(""));
    }

    private static List<NamedDigest> digests(JsonNode list, String nameField, String what) {
        require(list.isArray(), "the statement's " + what + " is not a list");
        List<NamedDigest> digests = new ArrayList<>();
        for (JsonNode entry : list) {
            String name = entry.path(nameField).asText("");
            String sha = entry.path("digest").path("sha256").asText("");
            require(!name.isEmpty() && sha.matches("[0-9a-f]{64}"),
                    "an entry of the statement's " + what + " has no " + nameField + " or no sha256");
            digests.add(new NamedDigest(name, sha));
        }
        return digests;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

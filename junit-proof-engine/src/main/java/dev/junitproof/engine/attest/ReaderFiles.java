package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * {@link SignedFiles} through the engine's evidence reader: confined to the selected directory, bounded, and
 * recorded with digests in the ATTEST report's own {@code evidence} list (the envelopes and reports it checked).
 */
record ReaderFiles(EvidenceReader reader) implements SignedFiles {

    @Override
    public Loaded<String> envelope(String envelopeName) {
        return reader.readLines(envelopeName).map(lines -> String.join("\n", lines));
    }

    @Override
    public Loaded<String> sha256(String fileName) {
        MessageDigest sha = Sha256.digest();
        return reader.stream(fileName, in -> {
            try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }).map(bytes -> HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public Loaded<String> suiteOf(String jsonName) {
        return reader.readJson(jsonName).map(json -> json.path("suite").asText(""));
    }
}

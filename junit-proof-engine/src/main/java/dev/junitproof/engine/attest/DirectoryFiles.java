package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.Loaded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link SignedFiles} straight from a directory (the command-line tool, re-signing, archiving). */
record DirectoryFiles(Path directory) implements SignedFiles {

    /** Envelopes are one line of a few kilobytes; anything far larger is not one. */
    static final long MAX_ENVELOPE_BYTES = 16L * 1024 * 1024;
    /** A proof report read for its suite id; a year-long soak's is a few tens of megabytes. */
    static final long MAX_REPORT_BYTES = 256L * 1024 * 1024;

    @Override
    public Loaded<String> envelope(String envelopeName) {
        Path file = directory.resolve(envelopeName);
        try {
            if (!Files.isRegularFile(file)) {
                return new Loaded.Missing<>(envelopeName, Loaded.MissingReason.NOT_FOUND, envelopeName + " not found");
            }
            if (Files.size(file) > MAX_ENVELOPE_BYTES) {
                return new Loaded.Missing<>(envelopeName, Loaded.MissingReason.SCHEMA_MISMATCH,
                        envelopeName + " is over " + MAX_ENVELOPE_BYTES + " bytes, not an envelope");
            }
            return new Loaded.Present<>(envelopeName, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Loaded.Missing<>(envelopeName, Loaded.MissingReason.UNREADABLE, e.toString());
        }
    }

    @Override
    public Loaded<String> sha256(String fileName) {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return new Loaded.Missing<>(fileName, Loaded.MissingReason.NOT_FOUND, fileName + " not found in " + directory);
        }
        try {
            return new Loaded.Present<>(fileName, Sha256.hex(file));
        } catch (IOException e) {
            return new Loaded.Missing<>(fileName, Loaded.MissingReason.UNREADABLE, e.toString());
        }
    }

    @Override
    public Loaded<String> suiteOf(String jsonName) {
        Path file = directory.resolve(jsonName);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_REPORT_BYTES) {
                return new Loaded.Missing<>(jsonName, Loaded.MissingReason.NOT_FOUND, jsonName + " not readable in " + directory);
            }
            return new Loaded.Present<>(jsonName, Envelope.MAPPER.readTree(file.toFile()).path("suite").asText(""));
        } catch (IOException e) {
            return new Loaded.Missing<>(jsonName, Loaded.MissingReason.UNREADABLE, e.toString());
        }
    }
}

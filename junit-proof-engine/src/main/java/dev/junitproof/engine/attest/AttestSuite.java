package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Verification of signed proof reports as a proof of its own (suite id {@code ATTEST}): selecting a directory
 * that holds {@code *.intoto.jsonl} envelopes (or an output root with one such directory per evidence unit, or
 * {@code proof.verify=<dir>}) runs one test per envelope. Built into the engine because it knows proof reports,
 * not any suite's evidence.
 */
@API(status = INTERNAL, since = "0.1")
public final class AttestSuite implements ProofSuite {

    static final String ID = "ATTEST";

    private final Function<String, Optional<String>> environment;

    public AttestSuite() {
        this(AttestConfiguration.systemEnvironment());
    }

    /** For tests: the HMAC key variable is looked up here instead of the process environment. */
    AttestSuite(Function<String, Optional<String>> environment) {
        this.environment = environment;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "ATTEST Signed Proof Reports";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.reportDirectories(ReportFiles.ENVELOPE);
    }

    /** Verifies every envelope now, while reading; the checks only report what was found. */
    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        VerificationKey key = null;
        Problem noKey = null;
        try {
            key = AttestConfiguration.verificationKey(settings, environment);
        } catch (IOException e) {
            noKey = new Problem.NoKey(e.getMessage());
        }
        Optional<Path> override = AttestConfiguration.evidenceOverride(settings);
        Path unit = reader.unitDirectory();
        SignedFiles files = new ReaderFiles(reader);
        Map<String, Verification> verified = new java.util.TreeMap<>();
        List<DirectoryEntry> entries = reader.list("").optional().orElse(List.of());
        java.util.Set<String> names = new java.util.HashSet<>();
        entries.stream().filter(e -> !e.directory() && !e.outsideRoot()).forEach(e -> names.add(e.name()));
        for (String name : names) {
            if (!name.endsWith(ReportFiles.ENVELOPE) || name.length() == ReportFiles.ENVELOPE.length()) {
                continue;
            }
            Verification verification = key == null
                    ? new Verification.Rejected(List.of(noKey))
                    : Verifier.verify(files, name, key,
                            statement -> EvidenceDirectory.locate(override, unit, statement.resourceUri()));
            verified.put(name, verification);
        }
        // Every proof report here must be signed: a report whose envelope was deleted is not quietly skipped.
        for (String base : ReportSets.bases(names)) {
            String envelope = base + ReportFiles.ENVELOPE;
            if (!names.contains(envelope)) {
                verified.put(envelope, new Verification.Rejected(List.of(
                        new Problem.Unsigned(base + ReportFiles.JSON, envelope))));
            }
        }
        return new AttestProof(verified);
    }
}

package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.Loaded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The evidence directory a signed report names, where its evidence files are looked up by their attested
 * relative paths. A path that is absolute, climbs with {@code ..}, or resolves through a link outside the
 * directory is never read: a statement names evidence, it does not get to point the verifier anywhere.
 */
record EvidenceDirectory(Path directory) {

    /** The directory bundled by {@link ProofArchive} next to an extracted report. */
    static final String BUNDLED = "evidence";

    /**
     * Where the evidence is: {@code proof.verify.evidence} when given (the evidence unit itself, or an evidence
     * root holding a directory of the unit's name); else an {@code evidence/} directory next to
     * the envelope (an extracted archive); else the statement's {@code resourceUri}, relative to the working
     * directory as the report printed it. Where it is does not matter for trust: every file must match its
     * signed digest.
     */
    static EvidenceDirectory locate(Optional<Path> override, Path envelopeDirectory, String resourceUri) {
        if (override.isPresent()) {
            // An evidence root holding the unit the report names (examples/evidence for cli-audit-lab-…): the unit.
            String unitName = Path.of(resourceUri.isEmpty() ? "." : resourceUri).normalize().getFileName() == null ? ""
                    : Path.of(resourceUri).normalize().getFileName().toString();
            Path unit = unitName.isEmpty() || unitName.equals("..") ? null : override.get().resolve(unitName);
            boolean namesTheRoot = override.get().toAbsolutePath().normalize().getFileName() != null
                    && override.get().toAbsolutePath().normalize().getFileName().toString().equals(unitName);
            if (unit != null && !namesTheRoot && Files.isDirectory(unit)) {
                return new EvidenceDirectory(unit);
            }
            return new EvidenceDirectory(override.get());
        }
        Path bundled = envelopeDirectory.resolve(BUNDLED);
        if (Files.isDirectory(bundled)) {
            return new EvidenceDirectory(bundled);
        }
        return new EvidenceDirectory(Path.of(resourceUri.isEmpty() ? "." : resourceUri));
    }

    /** The file at an attested path, if it is a safe path inside the directory. */
    Optional<Path> file(String path) {
        Path relative = Path.of(path);
        if (relative.isAbsolute() || path.contains("\\") || relative.normalize().startsWith("..")
                || relative.normalize().toString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(directory.resolve(relative).normalize());
    }

    Loaded<String> sha256(String path) {
        Optional<Path> file = file(path);
        if (file.isEmpty()) {
            return new Loaded.Missing<>(path, Loaded.MissingReason.OUTSIDE_ROOT, "the path leaves the evidence directory; not read");
        }
        Path target = file.get();
        if (!Files.exists(target)) {
            return new Loaded.Missing<>(path, Loaded.MissingReason.NOT_FOUND, "not found");
        }
        try {
            if (!target.toRealPath().startsWith(directory.toRealPath())) {
                return new Loaded.Missing<>(path, Loaded.MissingReason.OUTSIDE_ROOT,
                        "a link that resolves outside the evidence directory; not read");
            }
            if (!Files.isRegularFile(target)) {
                return new Loaded.Missing<>(path, Loaded.MissingReason.NOT_REGULAR_FILE, "not a regular file");
            }
            return new Loaded.Present<>(path, Sha256.hex(target));
        } catch (IOException e) {
            return new Loaded.Missing<>(path, Loaded.MissingReason.UNREADABLE,
                    "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return directory.toString().replace('\\', '/');
    }
}

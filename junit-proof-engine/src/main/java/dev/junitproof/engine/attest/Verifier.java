package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.Loaded;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Verifies one signed proof report, in an order where nothing unsigned is trusted: the envelope parses, one of
 * its signatures is by the verification key and verifies over the DSSE PAE; only then is the statement read,
 * and every report file it names (subject) and every evidence file it names (inputAttestations) is hashed and
 * compared. Every mismatch is collected, so one run names everything that changed.
 */
final class Verifier {

    private Verifier() {
    }

    /**
     * @param evidence where the evidence of a statement is; {@code null} skips the evidence (re-signing, which
     *                 vouches for the report, may happen where the evidence is not)
     */
    static Verification verify(SignedFiles files, String envelopeName, VerificationKey key,
            Function<AttestedStatement, EvidenceDirectory> evidence) {
        Loaded<String> text = files.envelope(envelopeName);
        if (!(text instanceof Loaded.Present<String> present)) {
            return reject(new Problem.Malformed(text.missingDetail()));
        }
        List<String> lines = Arrays.stream(present.value().split("\n")).filter(l -> !l.isBlank()).toList();
        if (lines.size() != 1) {
            return reject(new Problem.Malformed(envelopeName + " holds " + lines.size() + " envelopes; expected one"));
        }
        Envelope envelope;
        try {
            envelope = Envelope.parse(lines.get(0));
        } catch (IllegalArgumentException e) {
            return reject(new Problem.Malformed(envelopeName + ": " + e.getMessage()));
        }
        if (!Dsse.IN_TOTO_PAYLOAD_TYPE.equals(envelope.payloadType())) {
            return reject(new Problem.Malformed(envelopeName + ": payloadType " + envelope.payloadType()
                    + " is not " + Dsse.IN_TOTO_PAYLOAD_TYPE));
        }
        List<Envelope.EnvelopeSignature> byKey = envelope.signatures().stream()
                .filter(s -> s.keyid().equals(key.keyid())).toList();
        if (byKey.isEmpty()) {
            return reject(new Problem.WrongKey(envelope.signatures().stream().map(Envelope.EnvelopeSignature::keyid)
                    .map(id -> id.isEmpty() ? "(no keyid)" : id).toList(), key.keyid()));
        }
        if (!anyVerifies(byKey, envelope.pae(), key)) {
            return reject(new Problem.SignatureInvalid(key.keyid()));
        }
        AttestedStatement statement;
        try {
            statement = AttestedStatement.parse(envelope.payload());
        } catch (IllegalArgumentException e) {
            return reject(new Problem.Malformed(e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>(binding(envelopeName, statement));
        if (!problems.isEmpty()) {
            // Attesting other files than its own: nothing else it says is about this report.
            return new Verification.Rejected(problems);
        }
        for (AttestedStatement.NamedDigest subject : statement.subjects()) {
            if (!subject.name().matches("[^/\\\\]+") || subject.name().equals("..")) {
                problems.add(new Problem.Malformed("subject " + subject.name() + " is not a file name next to the envelope"));
                continue;
            }
            Loaded<String> actual = files.sha256(subject.name());
            if (actual instanceof Loaded.Present<String> sha) {
                if (!sha.value().equals(subject.sha256())) {
                    problems.add(new Problem.ReportAltered(subject.name(), sha.value(), subject.sha256()));
                }
            } else {
                problems.add(new Problem.ReportMissing(subject.name(), actual.missingDetail()));
            }
        }
        if (problems.isEmpty()) {
            String json = ReportFiles.ofEnvelope(Path.of(envelopeName)).json().getFileName().toString();
            Loaded<String> suite = files.suiteOf(json);
            String attested = statement.policyUri().startsWith(InTotoStatement.POLICY_PREFIX)
                    ? statement.policyUri().substring(InTotoStatement.POLICY_PREFIX.length()) : statement.policyUri();
            if (!(suite instanceof Loaded.Present<String> named) || !named.value().equals(attested)) {
                problems.add(new Problem.NotBound("the statement attests " + statement.policyUri() + " but " + json
                        + " is " + (suite instanceof Loaded.Present<String> n ? "suite " + n.value() : "unreadable")));
            }
        }
        EvidenceDirectory directory = evidence == null ? null : evidence.apply(statement);
        if (directory != null) {
            for (AttestedStatement.NamedDigest input : statement.inputs()) {
                Loaded<String> actual = directory.sha256(input.name());
                if (actual instanceof Loaded.Present<String> sha) {
                    if (!sha.value().equals(input.sha256())) {
                        problems.add(new Problem.EvidenceAltered(input.name(), directory.toString(), sha.value(), input.sha256()));
                    }
                } else {
                    problems.add(new Problem.EvidenceMissing(input.name(), directory.toString(), actual.missingDetail()));
                }
            }
        }
        return problems.isEmpty()
                ? new Verification.Verified(key.keyid(), statement, directory == null ? "" : directory.toString())
                : new Verification.Rejected(problems);
    }

    /**
     * An envelope verifies only the report it sits beside and is named for: its statement's subjects are exactly
     * {@code <base>.json}, {@code <base>.txt} and {@code <base>.md}, each once.
     */
    private static List<Problem> binding(String envelopeName, AttestedStatement statement) {
        ReportFiles own = ReportFiles.ofEnvelope(Path.of(envelopeName));
        java.util.Set<String> expected = own.reportNames();
        List<String> names = statement.subjects().stream().map(AttestedStatement.NamedDigest::name).toList();
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            if (!expected.contains(name)) {
                problems.add(new Problem.NotBound(envelopeName + " attests " + name + ", not one of "
                        + String.join(", ", new java.util.TreeSet<>(expected))));
            } else if (names.indexOf(name) != names.lastIndexOf(name)) {
                problems.add(new Problem.NotBound(envelopeName + " attests " + name + " twice"));
            }
        }
        for (String name : new java.util.TreeSet<>(expected)) {
            if (!names.contains(name)) {
                problems.add(new Problem.NotBound(envelopeName + " does not attest " + name));
            }
        }
        return problems.stream().distinct().toList();
    }

    private static boolean anyVerifies(List<Envelope.EnvelopeSignature> signatures, byte[] pae, VerificationKey key) {
        for (Envelope.EnvelopeSignature signature : signatures) {
            try {
                if (key.verifies(pae, signature.sig())) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // A signature the provider cannot even process is simply not valid.
            }
        }
        return false;
    }

    private static Verification reject(Problem problem) {
        return new Verification.Rejected(List.of(problem));
    }
}

package dev.junitproof.engine.attest;

import dev.junitproof.api.suite.Loaded;

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
        List<Problem> problems = new ArrayList<>();
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
